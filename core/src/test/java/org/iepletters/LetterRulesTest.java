package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterView.Person;
import org.iepletters.letters.LetterViews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every letter follows (SPEC section 6), checked on every letter of every sample case: the language
 * request when the signer's language is not English, a signature line with room to sign by hand, and the line that
 * says how the letter was sent naming exactly the addressees and the people copied.
 */
class LetterRulesTest {

  private static final Pattern EMAILED = Pattern.compile("([^,()]+?) \\(([^()@\\s]+@[^()\\s]+)\\)");

  static Stream<Arguments> sampleLetters() {
    return SampleLetters.all().stream().map(r -> Arguments.of(r.letter().kind().cliName() + "." + r.caseName(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void asksForTheSignersLanguageExactlyWhenItIsNotEnglish(String name, SampleLetters.Rendered r) {
    String language = r.sampleCase().guardian().language();
    String text = r.letter().text();
    if (language == null || language.equalsIgnoreCase("English")) {
      assertThat(text).doesNotContain("My primary language is", "28.07(8)");
    } else {
      assertThat(text).contains("My primary language is " + language + ". Under 603 CMR 28.07(8), all "
          + "communications and meetings with me must be in both English and " + language,
          "please provide such an interpreter at every meeting");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void hasASignatureLineAboveTheTypedName(String name, SampleLetters.Rendered r) {
    String signer = r.sampleCase().guardian().name();
    assertThat(r.letter().text()).containsPattern("Sincerely,\\n(\\n)+_{20,}\\n" + Pattern.quote(signer) + "\\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void theSentLineNamesTheAddresseesAndThePeopleCopiedAndNobodyElse(String name, SampleLetters.Rendered r) {
    LetterView view = LetterViews.of(r.letter().kind(), r.sampleCase(), r.date());
    List<Person> expected = new ArrayList<>(view.addressees());
    view.cc().stream().filter(p -> !expected.contains(p)).forEach(expected::add);
    String sent = r.letter().text().lines()
        .filter(l -> l.startsWith("Sent by ") || l.startsWith("A copy was sent on "))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(name + " says nowhere how it was sent"));

    List<String> emailed = new ArrayList<>();
    Matcher m = EMAILED.matcher(sent.substring(sent.indexOf("email to") < 0 ? 0 : sent.indexOf("email to") + 9));
    while (m.find()) {
      emailed.add(m.group(2));
    }
    assertThat(emailed).as(name + ": e-mail addresses in the sent line")
        .containsExactlyElementsOf(expected.stream().map(Person::email).filter(e -> e != null).toList());
    for (Person p : expected) {
      assertThat(sent).as(name).contains(p.email() == null ? p.name() : p.name() + " (" + p.email() + ")");
    }
    if (expected.stream().noneMatch(p -> p.email() == null)) {
      assertThat(sent).as(name + ": nobody is sent a copy by mail").doesNotContainPattern("(?<!e)mail to");
    }
  }
}
