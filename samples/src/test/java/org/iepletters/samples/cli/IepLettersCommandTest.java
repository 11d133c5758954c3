package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class IepLettersCommandTest {

  @Test
  void versionNamesTheCommandAndItsVersion() {
    Cli.Run run = Cli.run("--version").assertOk();
    assertThat(run.out()).startsWith("iep-letters ").contains("not legal advice");
    assertThat(run.out().lines().findFirst().orElseThrow()).doesNotContain("${");
  }

  @Test
  void helpListsTheSubcommandsAndExitCodes() {
    Cli.Run run = Cli.run("--help").assertOk();
    assertThat(run.out()).contains("validate", "ledger", "plan", "generate", "Exit codes:", "not legal advice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "ledger", "plan", "generate"})
  void everySubcommandHasHelp(String subcommand) {
    Cli.Run run = Cli.run(subcommand, "--help").assertOk();
    assertThat(run.out()).startsWith("Usage: iep-letters " + subcommand).contains("--case=FILE");
  }

  @Test
  void helpCommandPrintsWhatHelpOptionPrints() {
    assertThat(Cli.run("help").assertOk().out()).isEqualTo(Cli.run("--help").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "ledger", "plan", "generate"})
  void helpOfASubcommandPrintsWhatItsHelpOptionPrints(String subcommand) {
    assertThat(Cli.run("help", subcommand).assertOk().out()).isEqualTo(Cli.run(subcommand, "--help").out());
  }

  @Test
  void noSubcommandIsBadInput() {
    Cli.Run run = Cli.run().assertBadInput();
    assertThat(run.err()).contains("Missing subcommand");
  }

  @Test
  void unknownSubcommandIsBadInputWithASuggestion() {
    Cli.Run run = Cli.run("ledgr").assertBadInput();
    assertThat(run.err()).contains("Unmatched argument").contains("Did you mean: iep-letters ledger?");
  }

  @Test
  void unknownOptionIsBadInput() {
    Cli.run("ledger", "--case", Cli.caseFile("ot-vacancy"), "--csv").assertBadInput();
  }

  @Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("a message that may hold personal data");
    }
  }

  private static Cli.Run runWithFault(String... args) {
    CommandLine cli = IepLettersCommand.commandLine();
    cli.addSubcommand(new Boom());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Cli.Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void programFaultIsExitOneWithOneLineAndNoStackTrace() {
    Cli.Run run = runWithFault("boom");
    assertThat(run.exitCode()).isEqualTo(IepLettersCommand.FAULT);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains("internal error (java.lang.IllegalStateException)")
        .contains("--verbose")
        .doesNotContain("personal data")
        .doesNotContain("\tat ");
  }

  @Test
  void verboseShowsTheStackTraceOfAFault() {
    Cli.Run run = runWithFault("boom", "--verbose");
    assertThat(run.exitCode()).isEqualTo(IepLettersCommand.FAULT);
    assertThat(List.of(run.err().split("\n")).size()).isGreaterThan(1);
    assertThat(run.err()).contains("\tat ");
  }
}
