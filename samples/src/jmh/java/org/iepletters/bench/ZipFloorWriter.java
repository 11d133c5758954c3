package org.iepletters.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.iepletters.bench.LetterBlock.Bullet;
import org.iepletters.bench.LetterBlock.Heading;
import org.iepletters.bench.LetterBlock.Paragraph;
import org.iepletters.bench.LetterBlock.ShortfallRow;
import org.iepletters.bench.LetterBlock.ShortfallTable;

/**
 * The floor: a letter's WordprocessingML parts written from a {@link StringBuilder} straight into a
 * {@link ZipOutputStream}, with nothing in between. No library can write the same document with less
 * work, so the product's throughput is reported as a ratio to this one.
 *
 * <p>The parts that do not depend on the letter (content types, relationships, styles, numbering)
 * are encoded once; only {@code word/document.xml} and {@code docProps/core.xml} are built per
 * letter. Every part is still compressed per letter, as any writer must. The styles here are also
 * the styles of the template {@link PoiXwpfWriter} starts from.
 */
public final class ZipFloorWriter {

  private static final String W_NS =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  /** Fixed entry times keep the bytes the same from run to run, whatever the time zone. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final byte[] CONTENT_TYPES = (XML_DECLARATION
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "</Types>").getBytes(UTF_8);

  private static final byte[] PACKAGE_RELS = (XML_DECLARATION
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"word/document.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      + "</Relationships>").getBytes(UTF_8);

  private static final byte[] DOCUMENT_RELS = (XML_DECLARATION
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/numbering\" Target=\"numbering.xml\"/>"
      + "</Relationships>").getBytes(UTF_8);

  private static final byte[] STYLES = (XML_DECLARATION
      + "<w:styles xmlns:w=\"" + W_NS + "\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr>"
      + "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
      + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\"/>"
      + "</w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
      + "</w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
      + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/></w:pPr>"
      + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
      + "<w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"80\"/></w:pPr></w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
      + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
      + "</w:tblCellMar></w:tblPr></w:style>"
      + "<w:style w:type=\"table\" w:styleId=\"LetterTable\"><w:name w:val=\"Letter Table\"/>"
      + "<w:basedOn w:val=\"TableNormal\"/>"
      + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
      + "<w:tblPr><w:tblBorders>"
      + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      + "</w:tblBorders></w:tblPr></w:style>"
      + "</w:styles>").getBytes(UTF_8);

  private static final byte[] NUMBERING = (XML_DECLARATION
      + "<w:numbering xmlns:w=\"" + W_NS + "\">"
      + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
      + "<w:lvlText w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/>"
      + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "</w:numbering>").getBytes(UTF_8);

  /** US Letter, one-inch margins. */
  private static final String SECTION_PROPERTIES = "<w:sectPr>"
      + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
      + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
      + "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
      + "</w:sectPr>";

  /**
   * Writes the letter as a {@code .docx} package.
   *
   * @param letter the letter's content
   * @return the package's bytes
   */
  public byte[] write(LetterContent letter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    StringBuilder xml = new StringBuilder(24 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(bytes, UTF_8)) {
      put(zip, "[Content_Types].xml", CONTENT_TYPES);
      put(zip, "_rels/.rels", PACKAGE_RELS);
      appendCoreProperties(xml, letter);
      put(zip, "docProps/core.xml", xml.toString().getBytes(UTF_8));
      xml.setLength(0);
      appendDocument(xml, letter.blocks());
      put(zip, "word/document.xml", xml.toString().getBytes(UTF_8));
      put(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
      put(zip, "word/styles.xml", STYLES);
      put(zip, "word/numbering.xml", NUMBERING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static void appendCoreProperties(StringBuilder xml, LetterContent letter) {
    String created = letter.date() + "T00:00:00Z";
    xml.append(XML_DECLARATION)
        .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    xml.append("<dc:title>");
    escape(xml, letter.title());
    xml.append("</dc:title><dc:subject>");
    escape(xml, letter.subject());
    xml.append("</dc:subject><dc:language>en-US</dc:language>")
        .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>")
        .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:modified>")
        .append("</cp:coreProperties>");
  }

  private static void appendDocument(StringBuilder xml, List<LetterBlock> blocks) {
    xml.append(XML_DECLARATION)
        .append("<w:document xmlns:w=\"").append(W_NS).append("\"><w:body>");
    for (LetterBlock block : blocks) {
      if (block instanceof Heading heading) {
        appendParagraph(xml, "Heading" + heading.level(), false, false, heading.text());
      } else if (block instanceof Paragraph paragraph) {
        appendParagraph(xml, null, false, false, paragraph.text());
      } else if (block instanceof Bullet bullet) {
        appendParagraph(xml, "ListBullet", false, false, bullet.text());
      } else if (block instanceof ShortfallTable table) {
        appendTable(xml, table);
      }
    }
    xml.append(SECTION_PROPERTIES).append("</w:body></w:document>");
  }

  private static void appendTable(StringBuilder xml, ShortfallTable table) {
    List<Integer> widths = ShortfallTable.COLUMN_WIDTHS;
    xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"LetterTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
        .append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" ")
        .append("w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (int width : widths) {
      xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
    }
    xml.append("</w:tblGrid>");
    // the header row repeats at the top of every page the table runs onto
    xml.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (int column = 0; column < widths.size(); column++) {
      appendCell(xml, widths.get(column), ShortfallTable.HEADER.get(column), true, false);
    }
    xml.append("</w:tr>");
    for (ShortfallRow row : table.rows()) {
      xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      List<String> cells = row.cells();
      for (int column = 0; column < widths.size(); column++) {
        appendCell(xml, widths.get(column), cells.get(column), false, ShortfallRow.isNumeric(column));
      }
      xml.append("</w:tr>");
    }
    xml.append("</w:tbl>");
  }

  private static void appendCell(StringBuilder xml, int width, String text, boolean bold, boolean right) {
    xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
    appendParagraph(xml, null, bold, right, text);
    xml.append("</w:tc>");
  }

  private static void appendParagraph(
      StringBuilder xml, String style, boolean bold, boolean right, String text) {
    xml.append("<w:p>");
    if (style != null || right) {
      xml.append("<w:pPr>");
      if (style != null) {
        xml.append("<w:pStyle w:val=\"").append(style).append("\"/>");
      }
      if (right) {
        xml.append("<w:jc w:val=\"right\"/>");
      }
      xml.append("</w:pPr>");
    }
    xml.append(bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>");
    int start = 0;
    while (true) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (end > start) {
        xml.append("<w:t xml:space=\"preserve\">");
        escape(xml, text, start, end);
        xml.append("</w:t>");
      }
      if (newline < 0) {
        break;
      }
      xml.append("<w:br/>");
      start = newline + 1;
    }
    xml.append("</w:r></w:p>");
  }

  private static void escape(StringBuilder xml, String text) {
    escape(xml, text, 0, text.length());
  }

  private static void escape(StringBuilder xml, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '"' -> xml.append("&quot;");
        default -> xml.append(c);
      }
    }
  }
}
