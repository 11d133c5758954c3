package org.iepletters.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.iepletters.model.Case;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads case files: JSON or YAML, the same fields. A case comes back valid, or an
 * {@link InvalidCaseException} lists every problem at once, each with its path: unknown fields, wrong types,
 * impossible dates, unknown enumeration values and every rule of {@link CaseValidator}.
 *
 * <p>Reading is strict: a misspelt field is an error, a number given as text is an error, {@code 30.7} is not
 * a whole number, and {@code 2026-02-30} is not a date. Enumeration values ignore case, and spaces, {@code -}
 * and {@code _} in them are the same. Messages name the rule and never the value.
 *
 * <p>Limits: a case file is at most 10 MB, nests at most 64 levels, and holds no text longer than 1 MB; larger
 * input is refused before it is parsed, as far as possible. A file that cannot be read at all (missing, a
 * folder, an I/O failure) is a {@link CaseFileException}; everything about its content is an
 * {@link InvalidCaseException}. Thread-safe. No argument may be {@code null}: a {@code null} is a
 * {@link NullPointerException} naming it.
 */
public final class CaseFiles {
  /** The largest case file accepted, in bytes. */
  public static final int MAX_BYTES = CaseMappers.MAX_DOCUMENT;

  private CaseFiles() {}

  /**
   * Reads a case file. The format comes from the extension ({@code .json}, {@code .yaml}, {@code .yml});
   * otherwise a file whose first non-blank character is <code>{</code> is JSON, and anything else YAML.
   *
   * @param file the case file
   * @return the valid case
   * @throws InvalidCaseException when the content is not a valid case
   * @throws CaseFileException when the file cannot be read
   */
  public static Case read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw Files.exists(file)
            ? new CaseFileException(file, "the case file is not a regular file", null)
            : new CaseFileException(file, "the case file does not exist", null);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw tooLarge();
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readAtMost(in);
      }
    } catch (NoSuchFileException e) {
      throw new CaseFileException(file, "the case file does not exist", e);
    } catch (IOException e) {
      throw new CaseFileException(file, "the case file cannot be read", e);
    }
    return parse(decode(bytes), formatOf(file), true);
  }

  /**
   * Reads a case from a stream, which is read to its end but not closed.
   *
   * @param in the case file's bytes, UTF-8
   * @param format the format the bytes are in; it is not guessed from the content
   * @return the valid case
   * @throws InvalidCaseException when the content is not a valid case
   * @throws CaseFileException when reading the stream fails
   */
  public static Case read(InputStream in, Format format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    byte[] bytes;
    try {
      bytes = readAtMost(in);
    } catch (IOException e) {
      throw new CaseFileException(null, "the case cannot be read from the stream", e);
    }
    return parse(decode(bytes), format, false);
  }

  /**
   * Reads a case from text.
   *
   * @param text the case file's content
   * @param format the format the text is in; it is not guessed from the content
   * @return the valid case
   * @throws InvalidCaseException when the content is not a valid case
   */
  public static Case parse(String text, Format format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    if (text.length() > MAX_BYTES) {
      throw tooLarge();
    }
    return parse(text, format, false);
  }

  /** The format a file's name gives, or {@code null} to decide by content. */
  private static Format formatOf(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Format.JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Format.YAML;
    }
    return null;
  }

  private static Case parse(String text, Format given, boolean mayGuess) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw invalid("is empty");
    }
    boolean guessed = given == null && mayGuess;
    Format format = given != null ? given : text.strip().startsWith("{") ? Format.JSON : Format.YAML;
    boolean guessedYaml = guessed && format == Format.YAML;
    JsonNode root;
    try {
      root = CaseMappers.readTree(text, format);
    } catch (StreamConstraintsException e) {
      throw invalid(limitMessage(e));
    } catch (JsonProcessingException e) {
      throw invalid(guessedYaml && !(e instanceof CaseMappers.AliasException)
          ? "is neither JSON nor YAML" : syntaxMessage(format, e));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    } catch (YAMLException e) {
      // SnakeYAML's own limits (aliases, nesting, size) surface unwrapped
      throw invalid(guessedYaml ? "is neither JSON nor YAML" : "is not valid YAML or exceeds a limit of the reader");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw invalid("is empty");
    }
    if (!root.isObject()) {
      throw invalid(guessedYaml ? "is neither JSON nor YAML" : "must be an object with the case's fields");
    }
    return bind(root);
  }

  private static Case bind(JsonNode root) {
    TreeChecker.Result checked = TreeChecker.check(root, Case.class);
    List<Violation> reading = checked.violations();
    Case c;
    try {
      c = CaseMappers.JSON.treeToValue(checked.cleaned(), Case.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // the first pass should have caught everything; if not, still report a path and no value
      List<Violation> all = new ArrayList<>(reading);
      all.add(new Violation(pathOf(e), "has a value that cannot be read"));
      throw new InvalidCaseException(sorted(all));
    }
    List<Violation> all = new ArrayList<>(reading);
    Set<String> nulled = new HashSet<>(checked.nulled());
    for (Violation v : CaseValidator.validate(c)) {
      if (!covered(nulled, v.path())) {
        all.add(v);
      }
    }
    if (!all.isEmpty()) {
      throw new InvalidCaseException(sorted(all));
    }
    return c;
  }

  /**
   * Whether a value the first pass replaced by {@code null} explains a rule broken at a path: the path itself
   * or a parent of it. A look-up per parent, so many problems are matched in linear time.
   */
  private static boolean covered(Set<String> nulled, String path) {
    if (nulled.contains(path)) {
      return true;
    }
    for (int i = path.length() - 1; i > 0; i--) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && nulled.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid("is not UTF-8 text");
    }
  }

  private static String syntaxMessage(Format format, JsonProcessingException e) {
    String name = format == Format.JSON ? "JSON" : "YAML";
    String original = e.getOriginalMessage();
    String what = e instanceof CaseMappers.AliasException ? "aliases are not allowed"
        : original != null && original.startsWith("Duplicate field") ? "a field appears twice"
        : "syntax error";
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "is not valid " + name + " (" + what + ")";
    }
    return "is not valid " + name + " (" + what + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private static String limitMessage(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (original.contains("nesting depth")) {
      return "nests deeper than " + CaseMappers.MAX_DEPTH + " levels";
    }
    if (original.contains("string value length")) {
      return "holds a text longer than 1 MB";
    }
    if (original.contains("document length")) {
      return "is larger than 10 MB";
    }
    return "exceeds a limit of the reader (10 MB in all, 1 MB per text, 64 levels of nesting)";
  }

  private static String pathOf(Exception e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static List<Violation> sorted(List<Violation> violations) {
    return List.copyOf(new TreeSet<>(violations));
  }

  private static InvalidCaseException tooLarge() {
    return invalid("is larger than 10 MB");
  }

  private static InvalidCaseException invalid(String message) {
    return new InvalidCaseException(List.of(new Violation("", message)));
  }
}
