package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterViews;
import org.iepletters.letters.Wording;
import org.iepletters.model.Contact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every letter of every public case carries (SPEC section 6, common parts): the date without a weekday, a
 * {@code Re:} line with the subject, a signature line, the same people in {@code cc:} and the line saying how it is
 * sent, and the language request of 603 CMR 28.07(8) when the signer's language is not English.
 */
class LetterCommonPartsTest {

  static Stream<Arguments> sampleLetters() {
    return SampleLetters.all().stream().map(r -> Arguments.of(r.fileName(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void dateLineHasNoWeekday(String name, SampleLetters.Rendered r) {
    String date = Wording.date(r.date());

    assertThat(r.letter().text()).contains("\n\n" + date + "\n\n");
    for (DayOfWeek day : DayOfWeek.values()) {
      assertThat(r.letter().text()).doesNotContain("\n\n" + day.getDisplayName(TextStyle.FULL, Locale.US) + ", " + date
          + "\n\n");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void reLineNamesTheSubjectThenTheStudent(String name, SampleLetters.Rendered r) {
    assertThat(r.letter().text()).containsPattern("\nRe: [A-Z][^\n]{10,}\nStudent: "
        + r.sampleCase().student().fullName() + "\nDate of birth: " + Wording.date(r.sampleCase().student().dateOfBirth())
        + "\nSchool: " + r.sampleCase().student().school());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void signatureLineLeavesRoomToSignAboveTheTypedName(String name, SampleLetters.Rendered r) {
    assertThat(r.letter().text()).containsPattern("Sincerely,\n\n\n\n_{20,}\n"
        + r.sampleCase().guardian().name() + "\n(Parent|Guardian|Educational surrogate parent) of "
        + r.sampleCase().student().fullName() + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void everyoneAddressedOrCopiedIsInTheSentLineAndNobodyElse(String name, SampleLetters.Rendered r) {
    LetterView view = LetterViews.of(r.letter().kind(), r.sampleCase(), r.date());
    List<String> named = Stream.concat(view.addressees().stream(), view.cc().stream())
        .map(LetterView.Person::name).toList();
    String text = r.letter().text();
    String sentLine = text.lines()
        .filter(l -> l.startsWith("Sent by ") || l.startsWith("A copy was sent on "))
        .reduce((a, b) -> b).orElseThrow();
    String ccLine = text.lines().filter(l -> l.startsWith("cc: ")).findFirst().orElse("cc: ");

    assertThat(named).isNotEmpty();
    for (Contact contact : r.sampleCase().district().contacts()) {
      boolean isNamed = named.contains(contact.name());
      assertThat(sentLine.contains(contact.name())).as("%s in %s", contact.name(), sentLine).isEqualTo(isNamed);
      if (ccLine.contains(contact.name())) {
        assertThat(sentLine).contains(contact.name());
      }
      if (isNamed && contact.email() != null) {
        assertThat(sentLine).contains(contact.name() + " (" + contact.email() + ")");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void signerWhoseLanguageIsNotEnglishAsksForItInEveryLetter(String name, SampleLetters.Rendered r) {
    String text = IepLetters.defaults()
        .render(r.letter().kind(), TestCaseEdits.withLanguage(r.sampleCase(), "Portuguese"), r.date()).text();

    assertThat(text).contains("My primary language is Portuguese. Under 603 CMR 28.07(8), all communications and "
        + "meetings with me must be in both English and Portuguese, and any interpreter must be fluent in Portuguese: "
        + "please provide such an interpreter at every meeting. Under 34 CFR 300.503(c), please give me every written "
        + "notice in Portuguese as well.");
    if (r.sampleCase().guardian().language() == null) {
      assertThat(r.letter().text()).doesNotContain("primary language");
    }
    assertThat(IepLetters.defaults()
        .render(r.letter().kind(), TestCaseEdits.withLanguage(r.sampleCase(), "English"), r.date()).text())
        .doesNotContain("primary language", "28.07(8)");
  }
}
