package org.iepletters.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** The two Jackson mappers, configured once to be strict: nothing is guessed, coerced or dropped. */
final class CaseMappers {
  /** The largest case file, in bytes (and in characters for a string). */
  static final int MAX_DOCUMENT = 10 * 1024 * 1024;
  /** The deepest nesting of objects and lists; a case needs fewer than ten levels. */
  static final int MAX_DEPTH = 64;
  /** The longest single text, in characters. */
  static final int MAX_TEXT = 1024 * 1024;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_DOCUMENT)
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_TEXT)
      .maxNumberLength(100)
      .maxNameLength(1000)
      .build();

  static final ObjectMapper JSON = strict(JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(LIMITS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build()));

  /** Built on first use, so that reading JSON never loads the YAML reader (a cost at start-up). */
  private static final class Yaml {
    static final ObjectMapper MAPPER = strict(YAMLMapper.builder(YAMLFactory.builder()
        .streamReadConstraints(LIMITS)
        .loaderOptions(yamlLimits())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build()));
  }

  private CaseMappers() {}

  static ObjectMapper of(Format format) {
    return format == Format.JSON ? JSON : yaml();
  }

  /** The YAML mapper. */
  static ObjectMapper yaml() {
    return Yaml.MAPPER;
  }

  /**
   * Parses a document into a tree. In YAML an alias ({@code *name}) is an error: Jackson would otherwise read
   * it as the text of the anchor's name, and a case file has no use for either.
   */
  static JsonNode readTree(String text, Format format) throws IOException {
    if (format == Format.JSON) {
      return JSON.readTree(text);
    }
    ObjectMapper yaml = yaml();
    try (JsonParser parser = new NoAliases((YAMLParser) yaml.createParser(text))) {
      return yaml.readTree(parser);
    }
  }

  /** Thrown at the first YAML alias. */
  static final class AliasException extends JsonParseException {
    private static final long serialVersionUID = 1L;

    AliasException(JsonParser parser) {
      super(parser, "aliases are not allowed");
    }
  }

  private static final class NoAliases extends JsonParserDelegate {
    NoAliases(YAMLParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (((YAMLParser) delegate).isCurrentAlias()) {
        throw new AliasException(this);
      }
      return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken token = super.nextValue();
      if (((YAMLParser) delegate).isCurrentAlias()) {
        throw new AliasException(this);
      }
      return token;
    }

    // YAML's .nan and .inf are floats, which the YAML parser cannot convert: read them as the non-finite
    // doubles they are, so that the field holding one is reported at its path, not as a syntax error

    @Override
    public NumberType getNumberType() throws IOException {
      return nonFinite() != null ? NumberType.DOUBLE : super.getNumberType();
    }

    @Override
    public double getDoubleValue() throws IOException {
      Double value = nonFinite();
      return value != null ? value : super.getDoubleValue();
    }

    @Override
    public Number getNumberValue() throws IOException {
      Double value = nonFinite();
      return value != null ? value : super.getNumberValue();
    }

    @Override
    public boolean isNaN() throws IOException {
      return nonFinite() != null || super.isNaN();
    }

    private Double nonFinite() throws IOException {
      if (currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
        return null;
      }
      return switch (getText()) {
        case ".nan", ".NaN", ".NAN" -> Double.NaN;
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
        case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
        default -> null;
      };
    }
  }

  private static LoaderOptions yamlLimits() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT);
    options.setNestingDepthLimit(MAX_DEPTH);
    // aliases are rejected while reading (see readTree); this bounds them at the parser too
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        .addModule(caseEnums())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .build();
  }

  /** Enumerations read case-insensitively, with spaces, {@code -} and {@code _} the same. */
  private static SimpleModule caseEnums() {
    SimpleModule module = new SimpleModule("iep-letters-enums");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(
          DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
        return new LenientEnumDeserializer(type.getRawClass());
      }
    });
    return module;
  }

  private static final class LenientEnumDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    LenientEnumDeserializer(Class<?> type) {
      super(type);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      Optional<?> value = EnumNames.lookup((Class) handledType(), text);
      if (value.isPresent()) {
        return value.get();
      }
      return context.handleWeirdStringValue(handledType(), text, "not one of the allowed values");
    }
  }
}
