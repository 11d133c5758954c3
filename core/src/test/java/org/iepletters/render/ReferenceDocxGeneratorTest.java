package org.iepletters.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReferenceDocxGeneratorTest {

  @Test
  void builtInReferenceIsWhatTheGeneratorMakes() throws Exception {
    byte[] generated = ReferenceDocxGenerator.generate();
    if (Boolean.getBoolean("golden.update")) {
      Files.write(ReferenceDocxGenerator.BUILT_IN, generated);
    }
    assertThatCode(() -> new ReferencePackage(generated)).doesNotThrowAnyException();
    assertThat(new ReferencePackage(Files.readAllBytes(ReferenceDocxGenerator.BUILT_IN)).tableStyle)
        .isEqualTo("LetterTable");
  }
}
