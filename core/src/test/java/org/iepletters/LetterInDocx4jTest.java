package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;

/** A letter handed to docx4j reads as the same document: its text, its table with a repeating header row. */
class LetterInDocx4jTest {

  private static final Letter DEMAND = IepLetters.defaults().render(LetterKind.DEMAND,
      CaseFixtures.read("speech-one-of-three"), CaseFixtures.asOf("speech-one-of-three"));

  @Test
  void docx4jReadsTheLettersTextAndTable() throws Exception {
    WordprocessingMLPackage docx = DEMAND.wordprocessingPackage();
    MainDocumentPart main = docx.getMainDocumentPart();

    ClassFinder tables = new ClassFinder(Tbl.class);
    new TraversalUtil(main.getContent(), tables);
    Tbl shortfall = (Tbl) tables.results.get(0);
    Tr header = (Tr) shortfall.getContent().get(0);

    assertThat(main.getXML())
        .contains("Oliver Tremaine-Baptiste")
        .contains("324");
    assertThat(header.getTrPr().getCnfStyleOrDivIdOrGridBefore())
        .anySatisfy(e -> assertThat(((jakarta.xml.bind.JAXBElement<?>) e).getName().getLocalPart())
            .isEqualTo("tblHeader"));
  }

  @Test
  void eachCallGivesTheCallerItsOwnPackage() {
    WordprocessingMLPackage first = DEMAND.wordprocessingPackage();
    first.getMainDocumentPart().getContent().clear();

    List<Object> second = DEMAND.wordprocessingPackage().getMainDocumentPart().getContent();

    assertThat(second).isNotEmpty();
  }

  @Test
  void changingTheReturnedPackageLeavesLaterLettersAlone() throws Exception {
    byte[] before = IepLetters.defaults().render(LetterKind.DEMAND, CaseFixtures.read("speech-one-of-three"),
        CaseFixtures.asOf("speech-one-of-three")).docx();
    WordprocessingMLPackage mine = DEMAND.wordprocessingPackage();
    mine.getMainDocumentPart().getStyleDefinitionsPart().getContents().getStyle().clear();
    mine.getMainDocumentPart().getNumberingDefinitionsPart().getContents().getNum().clear();
    mine.getMainDocumentPart().getContents().getBody().getSectPr().setPgSz(null);

    byte[] after = IepLetters.defaults().render(LetterKind.DEMAND, CaseFixtures.read("speech-one-of-three"),
        CaseFixtures.asOf("speech-one-of-three")).docx();

    assertThat(after).isEqualTo(before);
  }

  @Test
  void thePackageSavedByDocx4jHoldsTheLetter() throws Exception {
    java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
    DEMAND.wordprocessingPackage().save(saved);

    assertThat(DocxContent.paragraphs(saved.toByteArray())).isEqualTo(DocxContent.paragraphs(DEMAND.docx()));
  }
}
