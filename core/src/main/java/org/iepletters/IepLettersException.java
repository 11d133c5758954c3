package org.iepletters;

/**
 * The root of every exception the library throws on purpose.
 *
 * <p>Messages name fields, rules and templates, never the personal data of a case.
 */
public class IepLettersException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what went wrong, without personal data
   */
  public IepLettersException(String message) {
    super(message);
  }

  /**
   * An exception with a message and its cause.
   *
   * @param message what went wrong, without personal data
   * @param cause the underlying failure
   */
  public IepLettersException(String message, Throwable cause) {
    super(message, cause);
  }
}
