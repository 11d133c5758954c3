package org.iepletters.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.iepletters.bench.LetterBlock.Heading;
import org.iepletters.bench.LetterBlock.ListItem;
import org.iepletters.bench.LetterBlock.PageBreak;
import org.iepletters.bench.LetterBlock.Paragraph;
import org.iepletters.bench.LetterBlock.Run;
import org.iepletters.bench.LetterBlock.Table;

/**
 * The baseline a Java developer would write by hand: Apache POI XWPF filling the product's own
 * {@code reference.docx} (the same styles, numbering and page set-up). The template's bytes are read
 * once; each letter opens a fresh document from them, because an {@link XWPFDocument} is mutable and
 * cannot be shared between letters or threads. Table columns share the width evenly: a hand-written
 * letter does not measure its text.
 */
public final class PoiXwpfWriter {

  /** The reference document's numbering instance for bullets; numbered lists get one instance each. */
  private static final BigInteger BULLETS = BigInteger.ONE;

  /** The reference document's numbering instance whose definition numbers 1., 2., 3. */
  private static final BigInteger NUMBERS = BigInteger.TWO;

  private final byte[] template;

  /**
   * Creates a writer over a template package.
   *
   * @param template a {@code .docx} with the styles {@code Heading1} to {@code Heading3},
   *     {@code ListParagraph} and {@code LetterTable}, numbering instances 1 (bullets) and 2 (numbers),
   *     and the page set up
   */
  public PoiXwpfWriter(byte[] template) {
    this.template = template.clone();
  }

  /**
   * The product's built-in {@code reference.docx}, from the templates jar, with its sample body (a paragraph of
   * each style) taken out once, as the product does.
   *
   * @return the template's bytes
   */
  public static byte[] defaultTemplate() {
    try (InputStream in = PoiXwpfWriter.class.getResourceAsStream("/org/iepletters/templates/reference.docx")) {
      if (in == null) {
        throw new IllegalStateException("reference.docx is not on the class path");
      }
      try (XWPFDocument document = new XWPFDocument(in)) {
        for (int index = document.getBodyElements().size() - 1; index >= 0; index--) {
          document.removeBodyElement(index);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        document.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the letter as a {@code .docx} package.
   *
   * @param letter the letter's content
   * @return the package's bytes
   */
  public byte[] write(LetterContent letter) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template))) {
      POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
      properties.setTitle(letter.title());
      properties.setSubjectProperty(letter.subject());
      Date created = Date.from(letter.date().atStartOfDay().toInstant(ZoneOffset.UTC));
      properties.setCreated(Optional.of(created));
      properties.setModified(Optional.of(created));
      XWPFNumbering numbering = document.getNumbering();
      BigInteger numbered = numbering.getAbstractNumID(NUMBERS);
      int list = -1;
      BigInteger numId = null;
      for (LetterBlock block : letter.blocks()) {
        if (block instanceof Heading heading) {
          addRuns(paragraph(document, "Heading" + heading.level()), heading.runs());
        } else if (block instanceof Paragraph paragraph) {
          addRuns(paragraph(document, null), paragraph.runs());
        } else if (block instanceof ListItem item) {
          if (item.list() != list) {
            list = item.list();
            numId = item.ordered() ? numbering.addNum(numbered) : BULLETS;
          }
          XWPFParagraph paragraph = paragraph(document, "ListParagraph");
          paragraph.setNumID(numId);
          paragraph.setNumILvl(BigInteger.ZERO);
          addRuns(paragraph, item.runs());
        } else if (block instanceof Table table) {
          addTable(document, table);
        } else if (block instanceof PageBreak) {
          paragraph(document, null).createRun().addBreak(BreakType.PAGE);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
      document.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String style) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    return paragraph;
  }

  private static void addRuns(XWPFParagraph paragraph, List<Run> runs) {
    for (Run run : runs) {
      XWPFRun xwpfRun = paragraph.createRun();
      if (run.bold()) {
        xwpfRun.setBold(true);
      }
      if (run.italic()) {
        xwpfRun.setItalic(true);
      }
      appendText(xwpfRun, run.text());
    }
  }

  private static void appendText(XWPFRun run, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      if (!lines[i].isEmpty()) {
        run.setText(lines[i]);
      }
    }
  }

  private static void addTable(XWPFDocument document, Table table) {
    int columns = table.header().size();
    XWPFTable xwpfTable = document.createTable(table.rows().size() + 1, columns);
    xwpfTable.setStyleID("LetterTable");
    xwpfTable.setWidth("100%");
    fillRow(xwpfTable.getRow(0), table.header(), true);
    for (int index = 0; index < table.rows().size(); index++) {
      fillRow(xwpfTable.getRow(index + 1), table.rows().get(index), false);
    }
  }

  private static void fillRow(XWPFTableRow row, List<String> cells, boolean header) {
    row.setCantSplitRow(true);
    if (header) {
      row.setRepeatHeader(true);
    }
    for (int column = 0; column < cells.size(); column++) {
      XWPFRun run = row.getCell(column).getParagraphs().get(0).createRun();
      if (header) {
        run.setBold(true);
      }
      run.setText(cells.get(column));
    }
  }
}
