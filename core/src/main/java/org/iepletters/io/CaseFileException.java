package org.iepletters.io;

import java.nio.file.Path;
import org.iepletters.IepLettersException;

/**
 * A case file could not be read at all: it does not exist, is not a regular file, or reading it failed. Its
 * content was never checked; content problems are an {@link org.iepletters.validation.InvalidCaseException}.
 * The message does not name the file (a file name can hold a child's name); {@link #file()} does.
 */
public final class CaseFileException extends IepLettersException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * A file that could not be read.
   *
   * @param file the file, or {@code null} for a stream
   * @param problem what went wrong, without personal data
   * @param cause the underlying failure, or {@code null}
   */
  public CaseFileException(Path file, String problem, Throwable cause) {
    super(problem, cause);
    this.file = file;
  }

  /** {@return the file, or {@code null} when the case came from a stream} */
  public Path file() {
    return file;
  }
}
