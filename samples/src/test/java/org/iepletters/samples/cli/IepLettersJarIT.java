package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user does, {@code java -jar samples/target/iep-letters.jar}, after {@code package}. */
class IepLettersJarIT {
  private static final Path JAR = Path.of(System.getProperty("iep.letters.jar", "target/iep-letters.jar"));

  @TempDir
  Path dir;

  record Process(int exitCode, String out, String err) {}

  private Process run(String... args) throws IOException, InterruptedException {
    return runJava(List.of(args));
  }

  /** Runs the jar; arguments starting with {@code -D} before the first other one are JVM options. */
  private Process runJava(List<String> args) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar; build it with mvn package").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int first = 0;
    while (first < args.size() && args.get(first).startsWith("-D")) {
      command.add(args.get(first++));
    }
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args.subList(first, args.size()));
    Files.writeString(dir.resolve("stdin.txt"), "");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(dir.resolve("stdin.txt").toFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("IEP_LETTERS_STDERR_TTY");
    java.lang.Process p = builder.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Process(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void validatesASampleCaseWithNothingOnStandardError() throws Exception {
    Process p = run("validate", "--case", "cases/speech-one-of-three.yaml");
    assertThat(p.err()).as("library logging is silent").isEmpty();
    assertThat(p.out()).isEqualTo("valid\n");
    assertThat(p.exitCode()).isZero();
  }

  @Test
  void writesAPdfLetterAndItsPacketWithNothingOnStandardErrorAndNoFontCache() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path out = dir.resolve("out");
    Process p = runWithHome(home, "generate", "--case", Cli.caseFile("speech-one-of-three"), "--date", "2026-11-13",
        "--out", out.toString(), "--letter", "demand", "--format", "pdf", "--packet");
    assertThat(p.err()).as("openhtmltopdf and PDFBox print nothing").isEmpty();
    assertThat(p.exitCode()).isZero();
    assertThat(p.out().lines()).containsExactly(out.resolve("demand.pdf").toString(),
        out.resolve("demand-packet.pdf").toString());
    byte[] pdf = Files.readAllBytes(out.resolve("demand.pdf"));
    assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    try (var files = Files.list(home)) {
      assertThat(files.toList()).as("no font cache under the user's home").isEmpty();
    }
  }

  private Process runWithHome(Path home, String... args) throws IOException, InterruptedException {
    List<String> withHome = new ArrayList<>(List.of("-Duser.home=" + home));
    withHome.addAll(List.of(args));
    return runJava(withHome);
  }

  @Test
  void printsTheLedgerAsJsonEqualToTheExpectedFile() throws Exception {
    Process p = run("ledger", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13", "--json");
    assertThat(p.err()).isEmpty();
    assertThat(p.exitCode()).isZero();
    assertThat(Cli.json(p.out())).isEqualTo(Cli.expected("speech-one-of-three", "ledger"));
  }

  @Test
  void printsThePlanAsJson() throws Exception {
    Process p = run("plan", "--case", Cli.caseFile("budget-cut"), "--as-of", "2026-11-13", "--json");
    assertThat(p.err()).isEmpty();
    assertThat(p.exitCode()).isZero();
    assertThat(Cli.json(p.out()).get("deadlines")).isEqualTo(Cli.expected("budget-cut", "deadlines"));
  }

  @Test
  void invalidCaseExitsTwoWithOneLinePerViolationAndNoStackTrace() throws Exception {
    Path file = dir.resolve("invalid.json");
    Cli.write(file, "{\"student\": {\"firstName\": 3}}");
    Process p = run("validate", "--case", file.toString());
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.out()).isEmpty();
    assertThat(p.err().lines()).contains("student.firstName: must be text (in quotes)", "iep: is required");
    assertThat(p.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void writesTheRecordsRequestWithNothingOnStandardError() throws Exception {
    Path out = dir.resolve("letters");
    Process p = run("generate", "--case", "cases/speech-one-of-three.json", "--date", "2026-11-13",
        "--out", out.toString(), "--letter", "records-request");
    assertThat(p.err()).as("library logging is silent").isEmpty();
    assertThat(p.exitCode()).isZero();
    Path letter = out.resolve("records-request.docx");
    assertThat(p.out()).isEqualTo(letter + "\n");
    try (ZipFile docx = new ZipFile(letter.toFile())) {
      assertThat(docx.getEntry("word/document.xml")).isNotNull();
    }
  }

  @Test
  void letterThatDoesNotApplyExitsTwoAndWritesNothing() throws Exception {
    Path out = dir.resolve("letters");
    Process p = run("generate", "--case", "cases/speech-one-of-three.json", "--date", "2026-11-13",
        "--out", out.toString(), "--letter", "partial-rejection");
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.err()).contains("partial-rejection does not apply: the case has no proposed IEP");
    assertThat(out).doesNotExist();
  }

  @Test
  void printsItsVersion() throws Exception {
    Process p = run("--version");
    assertThat(p.exitCode()).isZero();
    assertThat(p.out()).startsWith("iep-letters 0.");
  }
}
