package org.iepletters.samples.cli;

import java.util.List;

/**
 * Input the user can fix: a missing or invalid case file, a letter that does not apply, an output that exists. The
 * command prints its lines on standard error and exits with {@value IepLettersCommand#BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  /**
   * Bad input.
   *
   * @param lines what is wrong, one problem a line
   */
  BadInputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  /**
   * Bad input with one problem.
   *
   * @param line what is wrong
   */
  BadInputException(String line) {
    this(List.of(line));
  }

  /** What is wrong, one problem a line. */
  List<String> lines() {
    return lines;
  }
}
