package org.iepletters.samples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a case file against every rule. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Checks a case file (JSON or YAML) against every rule.",
        "Prints 'valid' and exits 0, or prints one 'path: message' line per problem on standard error and "
            + "exits 2."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case file.")
  private Path caseFile;

  @Override
  public Integer call() {
    CaseInput.read(caseFile);
    spec.commandLine().getOut().println("valid");
    return IepLettersCommand.OK;
  }
}
