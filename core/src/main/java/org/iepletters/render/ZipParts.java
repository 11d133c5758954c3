package org.iepletters.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the ZIP of one {@code .docx}, byte for byte as {@link java.util.zip.ZipOutputStream} would with default
 * compression, but faster: the parts every letter shares are compressed once ({@link #compress}), and the
 * compressor of each thread is kept from letter to letter.
 *
 * <p>The layout is {@code ZipOutputStream}'s for entries of unknown size: a local header with flags 0x0808 (data
 * descriptor follows, UTF-8 names) and zero sizes, the deflated data, a data descriptor, then the central
 * directory. Every entry has the same DOS time and no extra field.
 */
final class ZipParts {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int VERSION = 20;
  private static final int FLAGS = 0x0808;
  private static final int DEFLATED = 8;

  /** One deflater per thread: making one allocates zlib's state, which costs more than a small part's deflate. */
  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

  /**
   * A part already compressed.
   *
   * @param name the entry name
   * @param deflated the raw deflated bytes
   * @param crc the CRC-32 of the uncompressed bytes
   * @param size the number of uncompressed bytes
   */
  record Compressed(String name, byte[] deflated, int crc, int size) {}

  /** What the central directory says of an entry written. */
  private record Entry(String name, int crc, int compressedSize, int size, int offset) {}

  private final int dosTime;
  private final List<Entry> entries = new ArrayList<>(12);
  private byte[] out;
  private int length;

  /**
   * A ZIP whose entries all carry the given date at midnight.
   *
   * @param date the entries' date, at midnight
   * @param expectedSize the likely size in bytes, to size the buffer
   */
  ZipParts(LocalDate date, int expectedSize) {
    this.dosTime = dosTime(date);
    this.out = new byte[Math.max(expectedSize, 1024)];
  }

  /**
   * Compresses a part the way {@code ZipOutputStream} does by default.
   *
   * @param name the entry name
   * @param content the part's bytes
   * @return the compressed part
   */
  static Compressed compress(String name, byte[] content) {
    Deflater deflater = DEFLATERS.get();
    try {
      deflater.setInput(content);
      deflater.finish();
      byte[] buffer = new byte[Math.max(64, content.length / 2)];
      int n = 0;
      while (!deflater.finished()) {
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        n += deflater.deflate(buffer, n, buffer.length - n);
      }
      return new Compressed(name, Arrays.copyOf(buffer, n), crc(content), content.length);
    } finally {
      deflater.reset();
    }
  }

  /**
   * Adds a part, compressing it now.
   *
   * @param name the entry name
   * @param content the part's bytes
   */
  void add(String name, byte[] content) {
    Deflater deflater = DEFLATERS.get();
    int headerAt = length;
    writeLocalHeader(name);
    int dataAt = length;
    try {
      deflater.setInput(content);
      deflater.finish();
      while (!deflater.finished()) {
        ensure(Math.max(256, content.length / 4));
        length += deflater.deflate(out, length, out.length - length);
      }
    } finally {
      deflater.reset();
    }
    finishEntry(name, crc(content), content.length, headerAt, length - dataAt);
  }

  /**
   * Adds a part compressed before.
   *
   * @param part the compressed part
   */
  void add(Compressed part) {
    int headerAt = length;
    writeLocalHeader(part.name());
    ensure(part.deflated().length);
    System.arraycopy(part.deflated(), 0, out, length, part.deflated().length);
    length += part.deflated().length;
    finishEntry(part.name(), part.crc(), part.size(), headerAt, part.deflated().length);
  }

  /**
   * Writes the central directory and returns the file's bytes.
   *
   * @return the ZIP file
   */
  byte[] finish() {
    int directoryAt = length;
    for (Entry e : entries) {
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      ensure(46 + name.length);
      int32(CENTRAL_HEADER);
      int16(VERSION); // made by
      int16(VERSION); // needed to extract
      int16(FLAGS);
      int16(DEFLATED);
      int32(dosTime);
      int32(e.crc());
      int32(e.compressedSize());
      int32(e.size());
      int16(name.length);
      int16(0); // extra field
      int16(0); // comment
      int16(0); // disk
      int16(0); // internal attributes
      int32(0); // external attributes
      int32(e.offset());
      bytes(name);
    }
    int directorySize = length - directoryAt;
    ensure(22);
    int32(END_OF_CENTRAL_DIRECTORY);
    int16(0);
    int16(0);
    int16(entries.size());
    int16(entries.size());
    int32(directorySize);
    int32(directoryAt);
    int16(0);
    return Arrays.copyOf(out, length);
  }

  private void writeLocalHeader(String entryName) {
    byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
    ensure(30 + name.length);
    int32(LOCAL_HEADER);
    int16(VERSION);
    int16(FLAGS);
    int16(DEFLATED);
    int32(dosTime);
    int32(0); // CRC, sizes: in the data descriptor
    int32(0);
    int32(0);
    int16(name.length);
    int16(0);
    bytes(name);
  }

  /** Writes the data descriptor and records the entry for the central directory. */
  private void finishEntry(String name, int crc, int size, int headerAt, int compressedSize) {
    ensure(16);
    int32(DATA_DESCRIPTOR);
    int32(crc);
    int32(compressedSize);
    int32(size);
    entries.add(new Entry(name, crc, compressedSize, size, headerAt));
  }

  private void ensure(int more) {
    if (out.length - length < more) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }
  }

  private void int16(int v) {
    out[length++] = (byte) v;
    out[length++] = (byte) (v >>> 8);
  }

  private void int32(int v) {
    out[length++] = (byte) v;
    out[length++] = (byte) (v >>> 8);
    out[length++] = (byte) (v >>> 16);
    out[length++] = (byte) (v >>> 24);
  }

  private void bytes(byte[] b) {
    System.arraycopy(b, 0, out, length, b.length);
    length += b.length;
  }

  private static int crc(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return (int) crc.getValue();
  }

  /** A DOS date holds the years 1980 to 2107: a date outside is stored as the nearest it holds. */
  private static int dosTime(LocalDate date) {
    LocalDate day = date.getYear() < 1980 ? LocalDate.of(1980, 1, 1)
        : date.getYear() > 2107 ? LocalDate.of(2107, 12, 31) : date;
    return (day.getYear() - 1980) << 25 | day.getMonthValue() << 21 | day.getDayOfMonth() << 16;
  }
}
