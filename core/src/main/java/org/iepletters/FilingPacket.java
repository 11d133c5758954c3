package org.iepletters;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.iepletters.render.PacketWriter;

/**
 * A letter as it is filed: its PDF (with the exhibit the letter itself carries, Exhibit A), then each attached
 * PDF in the order given, each behind a cover page naming it as the next exhibit ("Exhibit B: service-log.pdf"),
 * every page numbered across the packet.
 *
 * <p>The letter's pages and the cover pages are tagged like every letter; an attached PDF keeps the tagging its
 * author gave it, so the packet as a whole claims neither PDF/A nor PDF/UA. An attachment is checked when it is
 * added: a file that is not a readable PDF, is encrypted, has no pages, or is larger than
 * {@link #MAX_ATTACHMENT_BYTES} is refused with an {@link InvalidAttachmentException}.
 *
 * <pre>{@code
 * FilingPacket packet = FilingPacket.builder(demand)
 *     .attach(Path.of("service-log.pdf"))
 *     .attach(Path.of("iep-grid.pdf"))
 *     .build();
 * packet.writeToNew(Path.of("out/demand-packet.pdf"));
 * }</pre>
 */
public final class FilingPacket {

  /** The largest attachment accepted: 20 MiB. */
  public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
  /** The most attachments a packet takes: Exhibits B to Z. */
  public static final int MAX_ATTACHMENTS = 25;

  private final Letter letter;
  private final byte[] pdf;
  private final List<String> exhibits;

  private FilingPacket(Letter letter, byte[] pdf, List<String> exhibits) {
    this.letter = letter;
    this.pdf = pdf;
    this.exhibits = List.copyOf(exhibits);
  }

  /**
   * A builder for the packet of a letter.
   *
   * @param letter a letter whose kind is {@linkplain LetterKind#filedWithExhibits() filed with exhibits}
   * @return a builder with no attachment yet
   * @throws IllegalArgumentException when the letter is not filed with exhibits
   */
  public static Builder builder(Letter letter) {
    Objects.requireNonNull(letter, "letter");
    if (!letter.kind().filedWithExhibits()) {
      throw new IllegalArgumentException(letter.kind().cliName() + " is not filed with exhibits");
    }
    return new Builder(letter);
  }

  /** {@return the letter the packet files} */
  public Letter letter() {
    return letter;
  }

  /** {@return the attached exhibits' cover titles in order, such as {@code Exhibit B: service-log.pdf}} */
  public List<String> exhibits() {
    return exhibits;
  }

  /** {@return the bytes of the packet's PDF, a fresh copy on every call} */
  public byte[] pdf() {
    return pdf.clone();
  }

  /**
   * Writes the packet, replacing a file already there, whole or not at all, like {@link Letter#writeTo(Path)}.
   *
   * @param target the file to write; its folder must exist
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writeTo(Path target) throws IOException {
    Letter.writeBytes(pdf, target, true, Letter.DURABLE);
  }

  /**
   * Writes the packet like {@link #writeTo(Path)}, but never replaces an existing file.
   *
   * @param target the file to write; its folder must exist
   * @throws FileAlreadyExistsException when a file is already there, which is left as it was
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writeToNew(Path target) throws IOException {
    Letter.writeBytes(pdf, target, false, Letter.DURABLE);
  }

  /** The kind, exhibit count and size only: a packet holds personal data. */
  @Override
  public String toString() {
    return "FilingPacket[" + letter.kind().cliName() + ", " + exhibits.size() + " attachments, " + pdf.length
        + " bytes]";
  }

  /**
   * A PDF file checked to be attached, named by its file name. Check each file once and attach it to as many
   * packets as need it.
   *
   * @param file the PDF file
   * @return the attachment, holding the file's bytes and its name
   * @throws InvalidAttachmentException when the file is missing, unreadable, larger than
   *     {@link #MAX_ATTACHMENT_BYTES} (checked before it is read), not a readable PDF, encrypted or without pages
   */
  public static Attachment attachment(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new InvalidAttachmentException(name, "is not a file");
      }
      if (Files.size(file) > MAX_ATTACHMENT_BYTES) {
        throw new InvalidAttachmentException(name, tooLarge());
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidAttachmentException(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return attachment(name, bytes);
  }

  /**
   * A PDF checked to be attached.
   *
   * @param fileName the name its cover page gives it
   * @param pdf the bytes of the PDF
   * @return the attachment
   * @throws InvalidAttachmentException when the bytes are more than {@link #MAX_ATTACHMENT_BYTES}, not a readable
   *     PDF, encrypted or without pages
   */
  public static Attachment attachment(String fileName, byte[] pdf) {
    Objects.requireNonNull(fileName, "fileName");
    if (pdf.length > MAX_ATTACHMENT_BYTES) {
      throw new InvalidAttachmentException(fileName, tooLarge());
    }
    check(fileName, pdf);
    return new Attachment(fileName, pdf.clone());
  }

  /** A PDF checked to be attached to a packet: readable, not encrypted, with pages, within the size limit. */
  public static final class Attachment {
    private final String fileName;
    private final byte[] pdf;

    private Attachment(String fileName, byte[] pdf) {
      this.fileName = fileName;
      this.pdf = pdf;
    }

    /** {@return the name its cover page gives it} */
    public String fileName() {
      return fileName;
    }

    /** The name and size only. */
    @Override
    public String toString() {
      return "Attachment[" + fileName + ", " + pdf.length + " bytes]";
    }
  }

  private static String tooLarge() {
    return "is larger than " + MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MiB, the most a packet attaches";
  }

  private static void check(String fileName, byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted()) {
        throw new InvalidAttachmentException(fileName, "is encrypted; attach a copy without a password");
      }
      if (document.getNumberOfPages() == 0) {
        throw new InvalidAttachmentException(fileName, "has no pages");
      }
    } catch (InvalidPasswordException e) {
      throw new InvalidAttachmentException(fileName, "is encrypted; attach a copy without a password");
    } catch (IOException e) {
      throw new InvalidAttachmentException(fileName, "is not a readable PDF");
    }
  }

  /** The attachments of a packet, each checked as it is added. */
  public static final class Builder {
    private final Letter letter;
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> attachments = new ArrayList<>();

    private Builder(Letter letter) {
      this.letter = letter;
    }

    /**
     * Attaches a PDF file as the next exhibit, named by its file name.
     *
     * @param file the PDF file
     * @return this builder
     * @throws InvalidAttachmentException as {@link FilingPacket#attachment(Path)} does, or when the packet already
     *     has {@link #MAX_ATTACHMENTS}
     */
    public Builder attach(Path file) {
      return attach(attachment(file));
    }

    /**
     * Attaches a PDF as the next exhibit.
     *
     * @param fileName the name its cover page gives it
     * @param pdf the bytes of the PDF
     * @return this builder
     * @throws InvalidAttachmentException as {@link FilingPacket#attachment(String, byte[])} does, or when the
     *     packet already has {@link #MAX_ATTACHMENTS}
     */
    public Builder attach(String fileName, byte[] pdf) {
      return attach(attachment(fileName, pdf));
    }

    /**
     * Attaches a checked attachment as the next exhibit.
     *
     * @param attachment the attachment
     * @return this builder
     * @throws InvalidAttachmentException when the packet already has {@link #MAX_ATTACHMENTS}
     */
    public Builder attach(Attachment attachment) {
      Objects.requireNonNull(attachment, "attachment");
      if (attachments.size() == MAX_ATTACHMENTS) {
        throw new InvalidAttachmentException(attachment.fileName(), "one attachment too many: a packet takes at "
            + "most " + MAX_ATTACHMENTS + " (Exhibits B to Z)");
      }
      names.add(attachment.fileName());
      attachments.add(attachment.pdf);
      return this;
    }

    /**
     * The packet, laid out and merged.
     *
     * @return the packet: the letter's PDF, then each attachment behind its cover page
     * @throws IepLettersException when the letter cannot be laid out or an attachment cannot be merged
     */
    public FilingPacket build() {
      List<PacketWriter.Exhibit> exhibits = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      StringBuilder content = new StringBuilder(letter.markdown());
      for (int i = 0; i < attachments.size(); i++) {
        String exhibit = "Exhibit " + (char) ('B' + i);
        titles.add(exhibit + ": " + names.get(i));
        exhibits.add(new PacketWriter.Exhibit(letter.cover(exhibit, names.get(i)), attachments.get(i)));
        content.append('\n').append(names.get(i)).append('\n').append(sha256(attachments.get(i)));
      }
      byte[] bytes = PacketWriter.write(letter.pdfForPacket(), exhibits, letter.date(), content.toString());
      return new FilingPacket(letter, bytes, titles);
    }

    private static String sha256(byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }
}
