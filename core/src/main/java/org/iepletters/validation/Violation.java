package org.iepletters.validation;

/**
 * One problem of a case: where, and which rule it breaks.
 *
 * @param path dotted names and 0-based indexes from the root, such as {@code serviceLogs[3].service}
 * @param message the rule, never the value
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /** Orders by path, indexes by number ({@code [9]} before {@code [10]}), then by message. */
  @Override
  public int compareTo(Violation other) {
    int byPath = comparePaths(path, other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = i;
        while (endA < a.length() && isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && isDigit(b.charAt(endB))) {
          endB++;
        }
        // indexes have no leading zeros, so the longer number is the larger one
        int byNumber = endA - i != endB - j ? Integer.compare(endA - i, endB - j)
            : a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The violation as one line: {@code path: message}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
