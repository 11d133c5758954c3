package org.iepletters.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.iepletters.bench.LetterBlock.Bullet;
import org.iepletters.bench.LetterBlock.Heading;
import org.iepletters.bench.LetterBlock.Paragraph;
import org.iepletters.bench.LetterBlock.ShortfallRow;
import org.iepletters.bench.LetterBlock.ShortfallTable;

/**
 * The baseline a Java developer would write by hand: Apache POI XWPF filling a small styled
 * template. The template's bytes are read once; each letter opens a fresh document from them,
 * because an {@link XWPFDocument} is mutable and cannot be shared between letters or threads.
 */
public final class PoiXwpfWriter {

  private final byte[] template;

  /**
   * Creates a writer over a template package.
   *
   * @param template a {@code .docx} with the styles {@code Heading1}, {@code Heading2},
   *     {@code ListBullet} and {@code LetterTable}, and the page set up
   */
  public PoiXwpfWriter(byte[] template) {
    this.template = template.clone();
  }

  /**
   * A template with the same styles, numbering and page set-up as {@link ZipFloorWriter} writes,
   * and an empty body.
   *
   * @return the template's bytes
   */
  public static byte[] defaultTemplate() {
    return new ZipFloorWriter().write(LetterContent.empty());
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
      for (LetterBlock block : letter.blocks()) {
        if (block instanceof Heading heading) {
          addParagraph(document, "Heading" + heading.level(), heading.text());
        } else if (block instanceof Paragraph paragraph) {
          addParagraph(document, null, paragraph.text());
        } else if (block instanceof Bullet bullet) {
          addParagraph(document, "ListBullet", bullet.text());
        } else if (block instanceof ShortfallTable table) {
          addTable(document, table);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
      document.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addParagraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    appendText(paragraph.createRun(), text);
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

  private static void addTable(XWPFDocument document, ShortfallTable table) {
    List<Integer> widths = ShortfallTable.COLUMN_WIDTHS;
    XWPFTable xwpfTable = document.createTable(table.rows().size() + 1, widths.size());
    xwpfTable.setStyleID("LetterTable");
    xwpfTable.setWidth("100%");
    XWPFTableRow header = xwpfTable.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int column = 0; column < widths.size(); column++) {
      XWPFRun run = fillCell(header.getCell(column), widths.get(column), false);
      run.setBold(true);
      run.setText(ShortfallTable.HEADER.get(column));
    }
    for (int index = 0; index < table.rows().size(); index++) {
      XWPFTableRow row = xwpfTable.getRow(index + 1);
      row.setCantSplitRow(true);
      List<String> cells = table.rows().get(index).cells();
      for (int column = 0; column < widths.size(); column++) {
        fillCell(row.getCell(column), widths.get(column), ShortfallRow.isNumeric(column))
            .setText(cells.get(column));
      }
    }
  }

  private static XWPFRun fillCell(XWPFTableCell cell, int width, boolean right) {
    cell.setWidth(Integer.toString(width));
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    if (right) {
      paragraph.setAlignment(ParagraphAlignment.RIGHT);
    }
    return paragraph.createRun();
  }
}
