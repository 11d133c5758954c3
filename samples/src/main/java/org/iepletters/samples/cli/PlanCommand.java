package org.iepletters.samples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.iepletters.model.Case;
import org.iepletters.plan.EscalationPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan}: where a case stands and which letter to send when. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Shows the escalation plan of a case: where it stands, which letters to send by when and why, and the "
            + "deadlines that apply, each computed as if the letter concerned were sent on the as-of date.",
        "The plan is not legal advice."})
final class PlanCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case file.")
  private Path caseFile;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.Converter.class,
      description = "The date of the plan, YYYY-MM-DD from 1900-01-01 to 2199-12-31 "
          + "(default: today in Massachusetts).")
  private LocalDate asOf;

  @Option(names = "--json", description = "Print JSON instead of text.")
  private boolean json;

  @Override
  public Integer call() {
    Case c = CaseInput.read(caseFile);
    EscalationPlan plan = EscalationPlan.of(c, Dates.orToday(asOf));
    spec.commandLine().getOut().println(json ? JsonOutput.write(JsonOutput.plan(plan)) : PlanText.of(plan));
    return IepLettersCommand.OK;
  }
}
