package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the command in this JVM with its output captured, and finds the public cases: they are read from the core
 * module's test resources ({@code ../core/src/test/resources/cases}), not copied, so there is one set of cases and
 * expected outputs.
 */
final class Cli {
  /** The public cases with expected outputs. */
  static final List<String> PUBLIC_CASES = List.of("budget-cut", "ot-vacancy", "speech-one-of-three");
  /** The public cases and their expected outputs. */
  static final Path CASES = Path.of("..", "core", "src", "test", "resources", "cases");
  /** The sample cases shipped for users. */
  static final Path SAMPLES = Path.of("cases");
  /** The same sample case in YAML, kept out of {@link #SAMPLES} so that folder holds each case once. */
  static final Path YAML_SAMPLES = Path.of("cases-yaml");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // as the command's main method does: Hibernate Validator's start-up line goes to SLF4J, which discards it
    System.setProperty("org.jboss.logging.provider", "slf4j");
  }

  private Cli() {}

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err) {
    /** The output as JSON. */
    JsonNode json() {
      return Cli.json(out);
    }

    /** Asserts the run failed on bad input, said so on standard error only, and without a stack trace. */
    Run assertBadInput() {
      assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(IepLettersCommand.BAD_INPUT);
      assertThat(out).isEmpty();
      assertThat(err).isNotBlank();
      assertNoStackTrace();
      return this;
    }

    /** Asserts the run succeeded and printed nothing on standard error. */
    Run assertOk() {
      assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(IepLettersCommand.OK);
      assertThat(err).isEmpty();
      return this;
    }

    void assertNoStackTrace() {
      assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Caused by");
    }
  }

  /** Runs {@code iep-letters ARGS}. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = IepLettersCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A public case file. */
  static String caseFile(String name) {
    return CASES.resolve(name + ".json").toString();
  }

  /** A public case's as-of date, as the command takes it. */
  static String asOf(String name) {
    return read(CASES.resolve(name + ".asof")).strip();
  }

  /** An expected output of a public case, such as {@code ledger} for {@code expected/NAME.ledger.json}. */
  static JsonNode expected(String name, String kind) {
    return json(read(CASES.resolve("expected").resolve(name + "." + kind + ".json")));
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
