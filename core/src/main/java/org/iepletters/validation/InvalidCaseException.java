package org.iepletters.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.iepletters.IepLettersException;

/** A case broke one or more rules; every violation is listed, each with its path. */
public final class InvalidCaseException extends IepLettersException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, sorted by path. */
  private final List<Violation> violations;

  /**
   * An invalid case.
   *
   * @param violations every problem found, at least one
   */
  public InvalidCaseException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /** {@return every problem found, sorted by path} */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return "the case has " + violations.size() + (violations.size() == 1 ? " problem" : " problems") + ":\n"
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
