package org.iepletters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.render.MarkdownSyntax;

/**
 * One letter, rendered: the {@code .docx} file and the Markdown it was made from, and on request its PDF. A
 * value: two letters with the same kind, bytes and Markdown are equal.
 */
public final class Letter {

  private final LetterKind kind;
  private final byte[] docx;
  private final String markdown;
  private final Supplier<WordprocessingMLPackage> wordprocessing;
  /** Lays the letter out as a PDF, styled by the {@link IepLetters} that rendered it. */
  private final Supplier<byte[]> pdf;
  /** The PDF once laid out; two threads may both lay it out, with the same bytes. */
  private volatile byte[] pdfBytes;
  /** Lays out an exhibit's cover page for a filing packet. */
  private final CoverWriter cover;
  private final LocalDate date;

  /** Lays out the cover page of an exhibit. */
  @FunctionalInterface
  interface CoverWriter {
    byte[] cover(String exhibit, String fileName);
  }

  Letter(LetterKind kind, byte[] docx, String markdown, Supplier<WordprocessingMLPackage> wordprocessing,
      Supplier<byte[]> pdf, CoverWriter cover, LocalDate date) {
    this.kind = kind;
    this.docx = docx;
    this.markdown = markdown;
    this.wordprocessing = wordprocessing;
    this.pdf = pdf;
    this.cover = cover;
    this.date = date;
  }

  /** {@return which letter this is} */
  public LetterKind kind() {
    return kind;
  }

  /** {@return the bytes of the {@code .docx} file, a fresh copy on every call} */
  public byte[] docx() {
    return docx.clone();
  }

  /**
   * The letter as a PDF: tagged for PDF/UA-1 and PDF/A-2a, US Letter pages styled by {@code letter.css}, fonts
   * embedded, "Page X of Y" in the footer. The same letter gives the same bytes. The first call lays the letter
   * out (tens of milliseconds); later calls return a copy of the same bytes.
   *
   * @return the bytes of the PDF file, a fresh copy on every call
   * @throws IepLettersException when the letter cannot be laid out
   */
  public byte[] pdf() {
    return pdfBytes().clone();
  }

  private byte[] pdfBytes() {
    byte[] bytes = pdfBytes;
    if (bytes == null) {
      bytes = pdf.get();
      pdfBytes = bytes;
    }
    return bytes;
  }

  /**
   * Writes the PDF file, replacing a file already there, whole or not at all, like {@link #writeTo(Path)}.
   *
   * @param target the file to write; its folder must exist
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writePdfTo(Path target) throws IOException {
    writeBytes(pdfBytes(), target, true, DURABLE);
  }

  /**
   * Writes the PDF file like {@link #writePdfTo(Path)}, but never replaces an existing file.
   *
   * @param target the file to write; its folder must exist
   * @throws FileAlreadyExistsException when a file is already there, which is left as it was
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writePdfToNew(Path target) throws IOException {
    writeBytes(pdfBytes(), target, false, DURABLE);
  }

  /** The PDF's bytes without a copy, for a packet to read. */
  byte[] pdfForPacket() {
    return pdfBytes();
  }

  /** The date the letter was written for. */
  LocalDate date() {
    return date;
  }

  /** The PDF of an exhibit's cover page, laid out like this letter. */
  byte[] cover(String exhibit, String fileName) {
    return cover.cover(exhibit, fileName);
  }

  /** {@return the Markdown the letter was made from} */
  public String markdown() {
    return markdown;
  }

  /** {@return the letter as plain text: paragraphs separated by an empty line, line breaks kept} */
  public String text() {
    return MarkdownSyntax.text(markdown);
  }

  /** {@return the letter as an HTML fragment, for a preview} */
  public String html() {
    return MarkdownSyntax.html(markdown);
  }

  /**
   * The letter as a docx4j package, to inspect or post-process with docx4j: add a logo, merge letters into one
   * file, or assert on paragraphs and tables in a test. Each call builds a fresh package that the caller owns,
   * from the letter's Markdown and copies of the reference's parts, as the letter was built: no bytes are parsed.
   * Saved with docx4j it holds what {@link #docx()} holds.
   *
   * @return a new package holding this letter
   * @throws IepLettersException when docx4j cannot build the letter
   */
  public WordprocessingMLPackage wordprocessingPackage() {
    return wordprocessing.get();
  }

  /**
   * Writes the {@code .docx} file, replacing a file already there. The file appears complete or not
   * at all: the bytes go to a temporary file in the same folder, reach the disk, and are then moved
   * into place in one step. Where the file system has POSIX permissions, only the owner may read it.
   *
   * @param target the file to write; its folder must exist
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writeTo(Path target) throws IOException {
    write(target, true);
  }

  /**
   * Writes the {@code .docx} file like {@link #writeTo(Path)}, but never replaces an existing file.
   *
   * @param target the file to write; its folder must exist
   * @throws FileAlreadyExistsException when a file is already there, which is left as it was
   * @throws IOException when it cannot be written; no partial file is left behind
   */
  public void writeToNew(Path target) throws IOException {
    write(target, false);
  }

  /** Puts the bytes into the temporary file and onto the disk; a test may fail part-way through. */
  @FunctionalInterface
  interface TempFileWriter {
    void write(Path temp, byte[] bytes) throws IOException;
  }

  /** Writes through a file channel, then forces the bytes to the disk. */
  static final TempFileWriter DURABLE = (temp, bytes) -> {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  };

  private void write(Path target, boolean replace) throws IOException {
    write(target, replace, DURABLE);
  }

  void write(Path target, boolean replace, TempFileWriter writer) throws IOException {
    writeBytes(docx, target, replace, writer);
  }

  /**
   * Writes a file whole or not at all, owner-only where permissions allow: to a temporary file in the same
   * folder, onto the disk, then into place (replacing, or never replacing, what is there).
   */
  static void writeBytes(byte[] bytes, Path target, boolean replace, TempFileWriter writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    // a link counts as existing even when it points nowhere: writing through it is never wanted
    if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".tmp", ownerOnly(folder));
    try {
      writer.write(temp, bytes);
      if (replace) {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        placeWithoutReplacing(temp, absolute);
      }
      syncFolder(folder);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes what a write into a folder leaves when the process is killed part-way: the hidden temporary
   * letters ({@code .demand.docx-<digits>.tmp}) that {@link #writeTo} and {@link #writeToNew} create beside a
   * target named as the command names it ({@code demand.docx}), and those of its PDF ({@code demand.pdf}) and
   * filing packet ({@code demand-packet.pdf}). Only files of exactly that pattern, per letter kind, are touched,
   * and a link is never followed. A write running at the same moment into the same
   * folder would lose its temporary file and fail whole, never leaving a partial letter.
   *
   * @param folder the folder letters are written into; a missing folder holds nothing
   * @return how many files were deleted
   * @throws IOException when the folder cannot be listed or a leftover cannot be deleted
   */
  public static int deleteLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Letter::isLeftover)) {
      for (Path file : files) {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static boolean isLeftover(Path file) {
    String name = file.getFileName().toString();
    for (LetterKind kind : LetterKind.values()) {
      for (String written : List.of(".docx-", ".pdf-", "-packet.pdf-")) {
        String prefix = "." + kind.cliName() + written;
        if (name.startsWith(prefix) && name.endsWith(".tmp") && name.length() > prefix.length() + 4
            && name.substring(prefix.length(), name.length() - 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
          return true;
        }
      }
    }
    return false;
  }

  /** A hard link fails when the target exists, where a rename would replace it. */
  private static void placeWithoutReplacing(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (e instanceof FileAlreadyExistsException exists) {
        throw exists;
      }
      // no hard links here (FAT, some network shares): check, then move; a narrow race remains
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temp, target);
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some systems cannot sync a folder; the file itself is already on disk
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Letter that && kind == that.kind && Arrays.equals(docx, that.docx)
        && markdown.equals(that.markdown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(docx), markdown);
  }

  /** The kind and size only: a letter holds personal data. */
  @Override
  public String toString() {
    return "Letter[" + kind.cliName() + ", " + docx.length + " bytes]";
  }
}
