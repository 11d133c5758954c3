package org.iepletters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;

/** Every letter that applies to each sample case, rendered at the case's as-of date. */
final class SampleLetters {
  private SampleLetters() {}

  /** One rendered letter with the case and date it came from. */
  record Rendered(String caseName, Case sampleCase, LocalDate date, Letter letter) {
    String fileName() {
      return caseName + "." + letter.kind().cliName() + ".docx";
    }
  }

  static List<Rendered> all() {
    List<Rendered> letters = new ArrayList<>();
    for (String name : CaseFixtures.LETTER_SAMPLES) {
      Case c = CaseFixtures.read(name);
      LocalDate date = CaseFixtures.asOf(name);
      for (LetterKind kind : LetterKind.values()) {
        if (Applicability.check(kind, c, date).isEmpty()) {
          letters.add(new Rendered(name, c, date, IepLetters.defaults().render(kind, c, date)));
        }
      }
    }
    return letters;
  }
}
