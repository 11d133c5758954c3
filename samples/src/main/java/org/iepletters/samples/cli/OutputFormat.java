package org.iepletters.samples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The file formats {@code generate} writes a letter in. */
enum OutputFormat {
  /** The Word document. */
  DOCX(".docx"),
  /** The tagged PDF (PDF/UA-1 and PDF/A-2a). */
  PDF(".pdf");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, with its dot. */
  String extension() {
    return extension;
  }

  /** {@code docx} or {@code pdf}, in any case. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value.strip())).findFirst()
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format; the formats are "
              + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))));
    }
  }
}
