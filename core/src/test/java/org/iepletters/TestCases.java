package org.iepletters;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.iepletters.model.Case;

/** Reads the sample cases under {@code src/test/resources/cases}, unvalidated. Tests only. */
public final class TestCases {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private TestCases() {}

  /**
   * A sample case by name, such as {@code speech-one-of-three}.
   *
   * @param name the file name without {@code .json}
   * @return the case
   */
  public static Case read(String name) {
    try (InputStream in = TestCases.class.getResourceAsStream("/cases/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no sample case " + name);
      }
      return JSON.readValue(in, Case.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
