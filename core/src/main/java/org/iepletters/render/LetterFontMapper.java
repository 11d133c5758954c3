package org.iepletters.render;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.iepletters.IepLettersException;

/**
 * Keeps PDFBox from looking for fonts on the disk while a letter is laid out.
 *
 * <p>openhtmltopdf sets up Helvetica and ZapfDingbats for form fields in every document, even one without a
 * form, and PDFBox then asks its font mapper for them: the default mapper scans every font of the machine and
 * writes a font cache under the user's home. While a letter renders on a thread, this mapper answers with the
 * embedded DejaVu Serif instead (nothing is drawn with it: letters have no form fields). On every other thread,
 * and for every other call, it hands the question to the mapper that was in place before, so an application's
 * own use of PDFBox is unchanged.
 */
final class LetterFontMapper implements FontMapper {

  private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> Boolean.FALSE);

  private final FontMapper previous;
  private final Supplier<byte[]> fontFile;
  private volatile TrueTypeFont font;

  private LetterFontMapper(FontMapper previous, Supplier<byte[]> fontFile) {
    this.previous = previous;
    this.fontFile = fontFile;
  }

  /** Puts the mapper in front of PDFBox's current one, once per class loader. */
  static synchronized void install(Supplier<byte[]> fontFile) {
    FontMapper current = FontMappers.instance();
    if (!(current instanceof LetterFontMapper)) {
      FontMappers.set(new LetterFontMapper(current, fontFile));
    }
  }

  /** Runs a letter's layout with font lookups kept to the embedded font. */
  static <T> T whileRendering(IoSupplier<T> work) throws IOException {
    RENDERING.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      RENDERING.remove();
    }
  }

  /** A supplier that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return RENDERING.get() ? new FontMapping<>(embedded(), false) : previous.getTrueTypeFont(baseFont, descriptor);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return RENDERING.get() ? new FontMapping<>(embedded(), false) : previous.getFontBoxFont(baseFont, descriptor);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return RENDERING.get()
        ? new CIDFontMapping(null, embedded(), false)
        : previous.getCIDFont(baseFont, descriptor, systemInfo);
  }

  private TrueTypeFont embedded() {
    TrueTypeFont parsed = font;
    if (parsed == null) {
      synchronized (this) {
        parsed = font;
        if (parsed == null) {
          try {
            parsed = new TTFParser().parse(new RandomAccessReadBuffer(fontFile.get()));
          } catch (IOException e) {
            throw new IepLettersException("the embedded font cannot be read", e);
          }
          font = parsed;
        }
      }
    }
    return parsed;
  }
}
