package org.iepletters.samples.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Generating a letter in a consumer's own JUnit test and asserting on what it says.
 *
 * <p>Copy this shape into a service's test suite: render with the same {@link IepLetters} the service uses, then
 * assert on {@link Letter#text()} (what a reader sees) rather than on bytes.
 */
class DemandLetterTest {

  private static final IepLetters LETTERS = IepLetters.builder().build();
  private static final Case SPEECH = CaseFiles.read(Path.of("cases/speech-one-of-three.json"));
  private static final LocalDate DATE = LocalDate.of(2026, 11, 13);

  @Test
  void demandStatesTheOwedMinutesAndTheResponseDate() {
    Letter demand = LETTERS.render(LetterKind.DEMAND, SPEECH, DATE);

    assertThat(demand.text())
        .contains("Theo Example-Quill")
        .contains("324")                              // minutes owed, from the service ledger
        .contains("Friday, November 20, 2026")        // five business days after the letter date
        .contains("34 CFR 300.323(c)(2)");
    assertThat(demand.docx()).startsWith('P', 'K');   // a ZIP package: the .docx
  }

  @Test
  void demandIsRefusedWhenNothingIsOwed() {
    Case budgetCut = CaseFiles.read(Path.of("cases/budget-cut.json"));

    assertThatThrownBy(() -> LETTERS.render(LetterKind.DEMAND, budgetCut, DATE))
        .isInstanceOf(LetterNotApplicableException.class)
        .hasMessageContaining("no minutes owed");
  }
}
