package org.iepletters.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;

/**
 * Makes the built-in {@code reference.docx}: US Letter, one-inch margins, DejaVu Serif 11 pt, "Page X
 * of Y" in the footer, language en-US, and every style the mapper uses (heading 1 to 3, List Paragraph,
 * Letter Table) plus bullet and decimal list numbering. Anyone may restyle the result in Word.
 *
 * <p>Regenerate it on purpose with
 * {@code mvn -B -q -pl core -am test -Dtest=ReferenceDocxGeneratorTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * then commit {@code templates/src/main/resources/org/iepletters/templates/reference.docx}.
 */
public final class ReferenceDocxGenerator {

  /** Where the built-in reference document lives, from the {@code core} module's folder. */
  static final Path BUILT_IN = Path.of("../templates/src/main/resources/org/iepletters/templates/reference.docx");

  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String FONT = "DejaVu Serif";

  private ReferenceDocxGenerator() {}

  /**
   * Writes reference.docx.
   *
   * @param args the output file, or nothing for the built-in location
   * @throws Exception when docx4j fails
   */
  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 ? Path.of(args[0]) : BUILT_IN;
    Files.write(out, generate());
  }

  /** The bytes of reference.docx, with fixed ZIP entry times so that regenerating changes nothing. */
  static byte[] generate() throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.LETTER, false);
    MainDocumentPart main = pkg.getMainDocumentPart();
    main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(STYLES)));

    NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
    main.addTargetPart(numbering);
    numbering.setJaxbElement((Numbering) XmlUtils.unwrap(XmlUtils.unmarshalString(NUMBERING)));

    DocumentSettingsPart settings = new DocumentSettingsPart();
    main.addTargetPart(settings);
    settings.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(SETTINGS)));

    FooterPart footer = new FooterPart();
    Relationship footerRel = main.addTargetPart(footer);
    footer.setJaxbElement((Ftr) XmlUtils.unwrap(XmlUtils.unmarshalString(FOOTER)));

    main.setJaxbElement((Document) XmlUtils.unwrap(XmlUtils.unmarshalString(DOCUMENT.replace("FOOTER_ID", footerRel.getId()))));

    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    pkg.save(saved);
    return withFixedTimes(saved.toByteArray());
  }

  private static byte[] withFixedTimes(byte[] docx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
        zip.putNextEntry(copy);
        byte[] content = in.readAllBytes();
        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
          // no comment, no indentation: the parts are copied into every letter as they are
          String xml = new String(content, StandardCharsets.UTF_8)
              .replaceAll("(?s)<!--.*?-->", "")
              .replaceAll(">\\s+<", "><");
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static final String STYLES = "<w:styles " + W + ">"
      + "<w:docDefaults><w:rPrDefault><w:rPr>"
      + "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT + "\"/>"
      + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
      + "</w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
      + "</w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
      + heading(1, 28, 0) + heading(2, 24, 1) + heading(3, 22, 2)
      + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"34\"/><w:qFormat/>"
      + "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
      + "<w:style w:type=\"table\" w:styleId=\"LetterTable\"><w:name w:val=\"Letter Table\"/>"
      + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
      + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
      + "<w:tblPr><w:tblBorders>" + border("top") + border("left") + border("bottom") + border("right")
      + border("insideH") + border("insideV") + "</w:tblBorders>"
      + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
      + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
      + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr></w:tblStylePr></w:style>"
      + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
      + "<w:uiPriority w:val=\"99\"/><w:semiHidden/></w:style>"
      + "</w:styles>";

  private static String heading(int level, int halfPoints, int outline) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
        + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>"
        + "<w:outlineLvl w:val=\"" + outline + "\"/></w:pPr>"
        + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
  }

  private static String border(String side) {
    return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  }

  private static final String NUMBERING = "<w:numbering " + W + ">"
      + abstractNum(0, "bullet", new String[] {"\u2022", "\u25e6", "\u25aa"})
      + abstractNum(1, "decimal", new String[] {"%1.", "%2.", "%3."})
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      + "</w:numbering>";

  private static String abstractNum(int id, String format, String[] texts) {
    String[] formats = format.equals("bullet")
        ? new String[] {"bullet", "bullet", "bullet"}
        : new String[] {"decimal", "lowerLetter", "lowerRoman"};
    StringBuilder levels = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      levels.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/>")
          .append("<w:numFmt w:val=\"").append(formats[i]).append("\"/>")
          .append("<w:lvlText w:val=\"").append(texts[i]).append("\"/><w:lvlJc w:val=\"left\"/>")
          .append("<w:pPr><w:ind w:left=\"").append(720 * (i + 1)).append("\" w:hanging=\"360\"/></w:pPr></w:lvl>");
    }
    return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        + levels + "</w:abstractNum>";
  }

  private static final String SETTINGS = "<w:settings " + W + ">"
      + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
      + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
      + " w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"en-US\"/></w:settings>";

  private static final String FOOTER = "<w:ftr " + W + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
      + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
      + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
      + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
      + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";

  /** A short sample of each style, so that someone restyling the file in Word sees them all. */
  private static final String DOCUMENT = "<w:document " + W
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
      + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Heading 1</w:t></w:r></w:p>"
      + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Heading 2</w:t></w:r></w:p>"
      + "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>Heading 3</w:t></w:r></w:p>"
      + "<w:p><w:r><w:t>A paragraph of letter text in the Normal style.</w:t></w:r></w:p>"
      + "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
      + "</w:pPr><w:r><w:t>A bulleted item</w:t></w:r></w:p>"
      + "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"
      + "</w:pPr><w:r><w:t>A numbered item</w:t></w:r></w:p>"
      + "<w:tbl><w:tblPr><w:tblStyle w:val=\"LetterTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
      + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
      + " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
      + "<w:tblGrid><w:gridCol w:w=\"4680\"/><w:gridCol w:w=\"4680\"/></w:tblGrid>"
      + "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Header</w:t></w:r></w:p></w:tc>"
      + "<w:tc><w:p><w:r><w:t>Header</w:t></w:r></w:p></w:tc></w:tr>"
      + "<w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr>"
      + "</w:tbl><w:p/>"
      + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"FOOTER_ID\"/>"
      + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
      + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\""
      + " w:gutter=\"0\"/></w:sectPr>"
      + "</w:body></w:document>";
}
