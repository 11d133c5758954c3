package org.iepletters.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML's non-finite numbers are reported at the field that holds them, not as a syntax error of the file. */
class NonFiniteNumbersTest {

  private static String validYaml() throws IOException {
    try (InputStream in = NonFiniteNumbersTest.class.getResourceAsStream("/fixtures/valid-case.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".NaN", "-.inf", ".inf", "+.INF"})
  void reportsANonFiniteNumberAtItsPath(String value) throws IOException {
    String yaml = validYaml().replaceFirst("minutes: 30", "minutes: " + value);

    assertThatThrownBy(() -> CaseFiles.parse(yaml, Format.YAML))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations()).containsExactly(
            new Violation("iep.services[0].minutes",
                "must be a whole number (not a non-finite number such as .nan or .inf)")));
  }
}
