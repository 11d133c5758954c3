package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No personal data in errors or logs: {@link PersonalDataProbe} runs in a JVM of its own with every log line of
 * every library switched on (SLF4J's simple logger at trace for docx4j and Velocity, java.util.logging at ALL for
 * Hibernate Validator), renders letters of a case whose every free-text field holds a marker, and makes every
 * kind of failure happen with marked values: invalid fields, a forbidden character, unknown fields and values,
 * broken JSON and YAML, a letter that does not apply, render-time rules, broken templates. It prints every
 * message, {@code toString} and stack trace; the marker appears in none of it, nor in any log line.
 */
class PersonalDataInLogsTest {

  @Test
  void noMarkedValueAppearsInAnyLogLineMessageOrStackTrace(@TempDir Path work) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path output = work.resolve("probe.log");
    Process probe = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.logFile=System.out",
        // the tests' class path holds POI's Log4j API, which JBoss Logging would pick over java.util.logging
        "-Dorg.jboss.logging.provider=jdk",
        "-cp", classPath, PersonalDataProbe.class.getName()))
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(probe.waitFor(3, TimeUnit.MINUTES)).as("the probe finished").isTrue();
    String log = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(probe.exitValue()).as(tail(log)).isZero();
    assertThat(log).contains("probe finished; unexpected failures: 0");
    // the capture works: the libraries' own log lines are there
    assertThat(log).contains("DEBUG org.docx4j", "org.hibernate.validator");
    assertThat(log.lines().filter(line -> line.contains(PersonalDataProbe.MARKER)).limit(20).toList())
        .as("lines holding a marked value").isEmpty();
    System.out.println("PersonalDataInLogsTest: " + log.lines().count() + " lines of logs, messages and stack"
        + " traces checked; " + log.lines().filter(l -> l.startsWith("expected failure")).count() + " failures made");
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000)).replace(File.separator, "/");
  }
}
