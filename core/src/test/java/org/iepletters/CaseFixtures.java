package org.iepletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.io.CaseFiles;
import org.iepletters.io.Format;
import org.iepletters.model.Case;

/**
 * The public sample cases under {@code src/test/resources/cases}, read and validated by the library's own
 * case-file reader, as a user's would be.
 */
public final class CaseFixtures {
  /** The names of the public sample cases. */
  public static final List<String> NAMES = List.of("budget-cut", "ot-vacancy", "speech-one-of-three");
  /**
   * The sample cases of {@code samples/cases} that show what the public ones do not: an IEE refusal, an IEP whose
   * annual review is overdue, a proposal with cuts, changes and other rejected portions.
   */
  public static final List<String> MORE = List.of("iee-refusal", "expired-iep", "proposal-with-rejections");
  /** Every sample case the letters are tested on: the public ones, then the others. */
  public static final List<String> LETTER_SAMPLES = java.util.stream.Stream.concat(NAMES.stream(), MORE.stream())
      .toList();

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .build();

  private CaseFixtures() {}

  /** Reads the case {@code cases/NAME.json}. */
  public static Case read(String name) {
    try (InputStream in = open("/cases/" + name + ".json")) {
      return CaseFiles.read(in, Format.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The as-of date of a case, from {@code cases/NAME.asof}. */
  public static LocalDate asOf(String name) {
    try (InputStream in = open("/cases/" + name + ".asof")) {
      return LocalDate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An expected output, such as {@code cases/expected/NAME.ledger.json} for kind {@code ledger}. */
  public static JsonNode expected(String name, String kind) {
    try (InputStream in = open("/cases/expected/" + name + "." + kind + ".json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Plain values (maps, lists, strings, numbers) as a JSON tree, numbers typed as if read from a file. */
  public static JsonNode tree(Object value) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = CaseFixtures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    return in;
  }
}
