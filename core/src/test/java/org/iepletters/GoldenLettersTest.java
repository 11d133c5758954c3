package org.iepletters;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter of every public case at the case's as-of date, compared with its expected
 * {@code golden/<letter>.<case>.document.xml}.
 *
 * <p>After an intended change, refresh the expected files and review the difference before committing it:
 * {@code mvn -B -q -pl core -am test -Dtest=GoldenLettersTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GoldenLettersTest {

  static Stream<Arguments> sampleLetters() {
    return SampleLetters.all().stream().map(r -> Arguments.of(r.letter().kind().cliName() + "." + r.caseName(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleLetters")
  void letterMatchesItsExpectedDocument(String name, SampleLetters.Rendered rendered) throws Exception {
    GoldenDocuments.assertMatches(rendered.letter(), name + ".document.xml");
  }
}
