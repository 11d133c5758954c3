package org.iepletters.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        "Shows the escalation plan of a case: where it stands, which letters to send from when (and by when) and "
            + "why, the options beside them, and the deadlines that apply, each computed as if the letter concerned "
            + "were sent on the as-of date.",
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

  @Option(names = "--ics", paramLabel = "FILE",
      description = "Also write the steps' dates and the deadlines as an iCalendar file (all-day events, a reminder "
          + "the day before), to import into a calendar program.")
  private Path ics;

  @Override
  public Integer call() {
    Case c = CaseInput.read(caseFile);
    EscalationPlan plan = EscalationPlan.of(c, Dates.orToday(asOf));
    if (ics != null) {
      writeCalendar(PlanCalendar.of(plan).getBytes(StandardCharsets.UTF_8));
    }
    spec.commandLine().getOut().println(json ? JsonOutput.write(JsonOutput.plan(plan)) : PlanText.of(plan));
    return IepLettersCommand.OK;
  }

  /** Writes the calendar whole or not at all: to a file beside it, then moved into place. */
  private void writeCalendar(byte[] bytes) {
    Path target = ics.toAbsolutePath();
    Path temporary = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // the write already failed; that is what is reported
      }
      throw new BadInputException(ics + ": the calendar file cannot be written");
    }
  }
}
