package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.validation.InvalidCaseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class IepLettersTest {

  private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
  private static final String HOSTILE = "Ana *O'Neil* | $x #set($a = 1) <w:t>&amp;";

  /**
   * A letter that uses every kind of Markdown the mapper knows, around the guardian's name. In
   * Velocity {@code ##} starts a comment, so deeper headings sit in unparsed {@code #[[...]]#}.
   */
  private static final String EVERYTHING = """
      # Heading one $letter.sender.name
      #[[## Heading two]]#
      #[[### Heading three]]#

      Name: $letter.sender.name

      | Name | Kind |
      |---|---|
      | $letter.sender.name | $letter.kind |

      1. first
      2. second

      Between the lists.

      1. again one
      2. again two

      - a bullet

      ***

      After the break.
      """;

  @TempDir
  static Path templates;
  private static IepLetters everything;
  private static final Case SAMPLE = CaseFixtures.read("speech-one-of-three");

  @BeforeAll
  static void writeTemplates() throws Exception {
    Files.writeString(templates.resolve("records-request.md.vm"), EVERYTHING, StandardCharsets.UTF_8);
    everything = IepLetters.builder().templateFolder(templates).build();
  }

  private static List<String> paragraphsFor(String guardianName) {
    Letter letter = everything.render(LetterKind.RECORDS_REQUEST, TestCaseEdits.withGuardianName(SAMPLE, guardianName),
        DATE);
    return DocxContent.paragraphs(letter.docx());
  }

  @Test
  void userTextReachesTheDocumentExactlyAsTyped() {
    List<String> paragraphs = paragraphsFor(HOSTILE);

    assertThat(paragraphs).contains("Heading one " + HOSTILE, "Name: " + HOSTILE, HOSTILE);
  }

  @Test
  void builtInLetterPrintsAHostileNameLiterally() {
    Letter letter = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST,
        TestCaseEdits.withGuardianName(SAMPLE, HOSTILE), DATE);

    assertThat(DocxContent.paragraphs(letter.docx()))
        .anySatisfy(p -> assertThat(p).endsWith("_\n" + HOSTILE + "\nParent of Oliver Tremaine-Baptiste"));
    assertThat(letter.text()).contains(HOSTILE);
  }

  @Test
  void leadingAndTrailingSpacesAreKept() {
    assertThat(paragraphsFor("  Ana  ")).contains("Name:   Ana  ", "  Ana  ");
  }

  @Test
  void newlineInAValueIsALineBreakInParagraphsAndCells() {
    assertThat(paragraphsFor("Ana\nRivera")).contains("Name: Ana\nRivera", "Ana\nRivera");
  }

  @Test
  void emptyLineInAValueStartsAParagraphButStaysInItsCell() {
    List<String> paragraphs = paragraphsFor("Ana\n\nRivera");

    assertThat(paragraphs).containsSubsequence("Name: Ana", "Rivera");
    assertThat(paragraphs).contains("Ana\n\nRivera");
  }

  @Test
  void thematicBreakIsAPageBreak() {
    assertThat(paragraphsFor("Ana")).containsSubsequence("\f", "After the break.");
  }

  @Test
  void headingsUseHeadingStyles() {
    byte[] docx = everything.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();

    assertThat(styles(docx)).containsSubsequence("Heading1", "Heading2", "Heading3", "ListParagraph");
  }

  @Test
  void tableHeaderRowRepeats() {
    var document = DocxContent.xml(everything.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx(),
        "word/document.xml");
    Element firstRow = (Element) document.getElementsByTagNameNS(DocxContent.W, "tr").item(0);

    assertThat(firstRow.getElementsByTagNameNS(DocxContent.W, "tblHeader").getLength()).isEqualTo(1);
    assertThat(((Element) document.getElementsByTagNameNS(DocxContent.W, "tblStyle").item(0))
        .getAttributeNS(DocxContent.W, "val")).isEqualTo("LetterTable");
  }

  @Test
  void theParagraphAfterAListGetsTheGapOfAParagraph() {
    var document = DocxContent.xml(everything.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx(),
        "word/document.xml");
    Map<String, String> spaceBefore = new java.util.HashMap<>();
    NodeList paragraphs = document.getElementsByTagNameNS(DocxContent.W, "p");
    for (int i = 0; i < paragraphs.getLength(); i++) {
      Element p = (Element) paragraphs.item(i);
      NodeList spacing = p.getElementsByTagNameNS(DocxContent.W, "spacing");
      spaceBefore.put(p.getTextContent(),
          spacing.getLength() == 0 ? "" : ((Element) spacing.item(0)).getAttributeNS(DocxContent.W, "before"));
    }

    // the built-in reference: 8 points after a paragraph, 3 points after a list item
    assertThat(spaceBefore).containsEntry("Between the lists.", "100").containsEntry("After the break.", "")
        .containsEntry("again one", "").containsEntry("a bullet", "");
  }

  @Test
  void eachNumberedListRestartsAtOne() {
    byte[] docx = everything.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();
    var document = DocxContent.xml(docx, "word/document.xml");
    NodeList numIds = document.getElementsByTagNameNS(DocxContent.W, "numId");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < numIds.getLength(); i++) {
      ids.add(((Element) numIds.item(i)).getAttributeNS(DocxContent.W, "val"));
    }
    // two items of the first list, two of the second, one bullet
    assertThat(ids).hasSize(5);
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
    assertThat(ids.get(2)).isEqualTo(ids.get(3)).isNotEqualTo(ids.get(0));
    String numbering = DocxContent.part(docx, "word/numbering.xml");
    for (String id : List.of(ids.get(0), ids.get(2))) {
      assertThat(numbering).contains("<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"1\"/>"
          + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
    }
  }

  @Test
  void documentIsInUsEnglishWithTitleAndSubject() {
    byte[] docx = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();
    var styles = DocxContent.xml(docx, "word/styles.xml");
    Element defaults = (Element) styles.getElementsByTagNameNS(DocxContent.W, "docDefaults").item(0);
    Element lang = (Element) defaults.getElementsByTagNameNS(DocxContent.W, "lang").item(0);
    String core = DocxContent.part(docx, "docProps/core.xml");

    assertThat(lang.getAttributeNS(DocxContent.W, "val")).isEqualTo("en-US");
    assertThat(core).contains("<dc:title>Request for the student record</dc:title>",
        "<dc:subject>Oliver Tremaine-Baptiste, Lyman Terrace Elementary School</dc:subject>",
        "<dc:language>en-US</dc:language>", "2026-12-04T00:00:00Z");
    assertThat(core).doesNotContain("creator", "lastModifiedBy");
  }

  @Test
  void packageNamesNoToolAndNoMachine() {
    byte[] docx = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();

    assertThat(new String(docx, StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("docx4j");
    for (Map.Entry<String, byte[]> part : DocxContent.parts(docx).entrySet()) {
      assertThat(new String(part.getValue(), StandardCharsets.UTF_8)).as(part.getKey())
          .doesNotContainIgnoringCase("docx4j").doesNotContain("Linux", "<!--", "\n  <");
    }
  }

  @Test
  void sameInputGivesTheSameBytes() {
    byte[] first = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();
    byte[] second = IepLetters.builder().build().render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void eightThreadsGiveTheBytesOfOne() throws Exception {
    IepLetters letters = IepLetters.defaults();
    byte[] expected = letters.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8 * 25; i++) {
        results.add(pool.submit(() -> letters.render(LetterKind.RECORDS_REQUEST, SAMPLE, DATE).docx()));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void letterWithoutADirectorIsAnInvalidCase() {
    Case noDirector = TestCaseEdits.withContacts(SAMPLE,
        List.of(new Contact(ContactRole.PRINCIPAL, "Percival Ng", "png@example.org")));

    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, noDirector, DATE))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsExactly("district.contacts"));
  }

  @Test
  void warmUpParsesEveryTemplate() {
    assertThat(IepLetters.builder().build().warmUp()).isNotNull();
  }

  private static List<String> styles(byte[] docx) {
    NodeList styles = DocxContent.xml(docx, "word/document.xml").getElementsByTagNameNS(DocxContent.W, "pStyle");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < styles.getLength(); i++) {
      ids.add(((Element) styles.item(i)).getAttributeNS(DocxContent.W, "val"));
    }
    return ids;
  }
}
