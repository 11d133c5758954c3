package org.iepletters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.Case;

/**
 * The public sample cases under {@code src/test/resources/cases}, read with a plain Jackson mapper.
 *
 * <p>Tests read cases only through this class, so the library's own case-file reader can take its place.
 */
public final class CaseFixtures {
  /** The names of the public sample cases. */
  public static final List<String> NAMES = List.of("budget-cut", "ot-vacancy", "speech-one-of-three");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule().addDeserializer(LetterKind.class, new LetterKindDeserializer()))
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .build();

  private CaseFixtures() {}

  /** Reads the case {@code cases/NAME.json}. */
  public static Case read(String name) {
    try (InputStream in = open("/cases/" + name + ".json")) {
      return MAPPER.readValue(in, Case.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a case from JSON text. */
  public static Case parse(String json) {
    try {
      return MAPPER.readValue(json, Case.class);
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

  /** Letter names as the command writes them ({@code n2-data-request}) or as enum names. */
  private static final class LetterKindDeserializer extends JsonDeserializer<LetterKind> {
    @Override
    public LetterKind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      return LetterKind.fromName(text)
          .orElseThrow(() -> ctxt.weirdStringException(text, LetterKind.class, "not a letter name"));
    }
  }
}
