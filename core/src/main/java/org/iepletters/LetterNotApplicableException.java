package org.iepletters;

/** A letter was asked for that does not apply to the case, such as a demand when nothing is owed. */
public final class LetterNotApplicableException extends IepLettersException {
  private static final long serialVersionUID = 1L;

  /** The letter asked for. */
  private final LetterKind kind;

  /**
   * A letter that does not apply.
   *
   * @param kind the letter asked for
   * @param reason why it does not apply, without personal data
   */
  public LetterNotApplicableException(LetterKind kind, String reason) {
    super(kind.cliName() + " does not apply: " + reason);
    this.kind = kind;
  }

  /** {@return the letter asked for} */
  public LetterKind kind() {
    return kind;
  }
}
