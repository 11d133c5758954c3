package org.iepletters.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iepletters.LetterKind;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;

/**
 * Reads enumeration values the way the case file allows: case does not matter, and spaces, {@code -} and
 * {@code _} are the same. Letters also go by their command names, such as {@code n2-data-request}.
 */
final class EnumNames {
  private EnumNames() {}

  /** The constant a text names, if any. */
  static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String text) {
    if (type == LetterKind.class) {
      return LetterKind.fromName(text).map(type::cast);
    }
    String key = normalise(text);
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst();
  }

  /** The values as the rule lists them: {@code he, she, they} or {@code DELIVERED, CANCELLED, ...}. */
  static String choices(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> display((Enum<?>) e)).collect(Collectors.joining(", "));
  }

  private static String display(Enum<?> value) {
    if (value instanceof LetterKind kind) {
      return kind.cliName();
    }
    // the case file writes these two in lower case words ("educational surrogate")
    if (value instanceof Pronouns || value instanceof Relationship) {
      return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return value.name();
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("[\\s_-]+", "_").toUpperCase(Locale.ROOT);
  }
}
