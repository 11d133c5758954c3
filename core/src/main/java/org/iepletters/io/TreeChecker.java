package org.iepletters.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.iepletters.validation.Violation;

/**
 * The lenient first pass: walks a parsed tree against the record types and records every unknown field, wrong
 * type, impossible date and unknown enumeration value, where Jackson would stop at the first. What it rejects
 * becomes {@code null} in the cleaned tree, so the strict binding that follows succeeds and bean validation can
 * still report the rest.
 */
final class TreeChecker {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  /** Every field name of the case format: an unknown key is echoed only when it is one of them. */
  private static final Set<String> FIELD_NAMES = fieldNames(org.iepletters.model.Case.class);

  private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, RecordComponent> computeValue(Class<?> type) {
      Map<String, RecordComponent> byName = new LinkedHashMap<>();
      for (RecordComponent component : type.getRecordComponents()) {
        byName.put(component.getName(), component);
      }
      return byName;
    }
  };

  /**
   * The tree with every rejected value replaced by {@code null}, what was found, and the paths of the values
   * replaced (an unknown field is dropped, and replaces nothing).
   */
  record Result(JsonNode cleaned, List<Violation> violations, List<String> nulled) {}

  private final List<Violation> violations = new ArrayList<>();
  private final List<String> nulled = new ArrayList<>();

  private TreeChecker() {}

  /**
   * Checks a tree against a record type.
   *
   * @param root the parsed document, an object
   * @param type the record type it describes
   * @return the cleaned tree and the problems found
   */
  static Result check(JsonNode root, Class<? extends Record> type) {
    TreeChecker checker = new TreeChecker();
    JsonNode cleaned = checker.visit(root, type, "");
    return new Result(cleaned, List.copyOf(checker.violations), List.copyOf(checker.nulled));
  }

  private JsonNode visit(JsonNode node, Type type, String path) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NullNode.instance;
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return visitList(node, list.getActualTypeArguments()[0], path);
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      return visitRecord(node, c, path);
    }
    if (c == String.class) {
      return node.isTextual() ? node : reject(path, node.isNumber() || node.isBoolean()
          ? "must be text (in quotes)" : "must be text");
    }
    if (c == Integer.class) {
      if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
        return reject(path, "must be a whole number (not a non-finite number such as .nan or .inf)");
      }
      if (!node.isIntegralNumber()) {
        return reject(path, "must be a whole number");
      }
      return node.canConvertToInt() ? NODES.numberNode(node.intValue()) : reject(path, "is too large");
    }
    if (c == Boolean.class) {
      return node.isBoolean() ? node : reject(path, "must be true or false");
    }
    if (c == LocalDate.class) {
      return visitDate(node, path);
    }
    if (c.isEnum()) {
      return visitEnum(node, c, path);
    }
    throw new IllegalStateException("no rule for reading a " + c.getName());
  }

  private JsonNode visitRecord(JsonNode node, Class<?> type, String path) {
    if (!node.isObject()) {
      return reject(path, "must be an object with fields");
    }
    Map<String, RecordComponent> components = COMPONENTS.get(type);
    ObjectNode cleaned = NODES.objectNode();
    int position = 0;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      position++;
      RecordComponent component = components.get(field.getKey());
      if (component == null) {
        // a key is echoed only when it is a field name of the format put in the wrong place; any other key
        // may be data (a child's name typed as a key), so it is found by its position instead
        if (FIELD_NAMES.contains(field.getKey())) {
          violations.add(new Violation(join(path, field.getKey()), "unknown field"));
        } else {
          violations.add(new Violation(path, "has an unknown field (field " + position + " of " + node.size() + ")"));
        }
        continue;
      }
      cleaned.set(field.getKey(), visit(field.getValue(), component.getGenericType(), join(path, field.getKey())));
    }
    return cleaned;
  }

  private JsonNode visitList(JsonNode node, Type elementType, String path) {
    if (!node.isArray()) {
      return reject(path, "must be a list");
    }
    ArrayNode cleaned = NODES.arrayNode(node.size());
    for (int i = 0; i < node.size(); i++) {
      cleaned.add(visit(node.get(i), elementType, path + "[" + i + "]"));
    }
    return cleaned;
  }

  private JsonNode visitDate(JsonNode node, String path) {
    if (!node.isTextual() || !DATE_SHAPE.matcher(node.textValue()).matches()) {
      return reject(path, "must be a date YYYY-MM-DD");
    }
    try {
      LocalDate.parse(node.textValue(), DATE);
      return node;
    } catch (DateTimeParseException e) {
      return reject(path, "must be a real calendar date YYYY-MM-DD");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private JsonNode visitEnum(JsonNode node, Class<?> type, String path) {
    if (node.isTextual()) {
      var value = EnumNames.lookup((Class) type, node.textValue());
      if (value.isPresent()) {
        return TextNode.valueOf(((Enum<?>) value.get()).name());
      }
    }
    return reject(path, "must be one of: " + EnumNames.choices(type));
  }

  private JsonNode reject(String path, String message) {
    violations.add(new Violation(path, message));
    nulled.add(path);
    return NullNode.instance;
  }

  private static Set<String> fieldNames(Class<?> root) {
    Set<String> names = new HashSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Type> types = new ArrayDeque<>(List.of(root));
    while (!types.isEmpty()) {
      Type type = types.pop();
      if (type instanceof ParameterizedType list) {
        types.push(list.getActualTypeArguments()[0]);
      } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
        for (RecordComponent component : c.getRecordComponents()) {
          names.add(component.getName());
          types.push(component.getGenericType());
        }
      }
    }
    return Set.copyOf(names);
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }
}
