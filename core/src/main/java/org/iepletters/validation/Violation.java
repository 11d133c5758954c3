package org.iepletters.validation;

/**
 * One problem of a case: where, and which rule it breaks.
 *
 * @param path dotted names and 0-based indexes from the root, such as {@code serviceLogs[3].service}
 * @param message the rule, never the value
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /** The violation as one line: {@code path: message}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
