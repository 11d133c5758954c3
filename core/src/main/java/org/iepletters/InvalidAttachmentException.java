package org.iepletters;

/**
 * A file given to attach to a filing packet cannot be attached: it is not a readable PDF, it is encrypted, it
 * has no pages, or it is larger than {@link FilingPacket#MAX_ATTACHMENT_BYTES}. Nothing is written.
 */
public final class InvalidAttachmentException extends IepLettersException {
  private static final long serialVersionUID = 1L;

  /** The file's name, as the user gave it. */
  private final String fileName;

  /**
   * An attachment refused.
   *
   * @param fileName the file's name, as the user gave it
   * @param reason why it is refused
   */
  public InvalidAttachmentException(String fileName, String reason) {
    super(fileName + ": " + reason);
    this.fileName = fileName;
  }

  /** {@return the file's name, as the user gave it} */
  public String fileName() {
    return fileName;
  }
}
