package org.iepletters.samples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iepletters.ledger.Proration;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ledger}: what each service line required, and what was delivered and is owed. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Shows the service ledger of a case: for each service line of the accepted IEP, the minutes required, "
            + "delivered, excused, made up and owed up to a date, as a table or as JSON."})
final class LedgerCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case file.")
  private Path caseFile;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.Converter.class,
      description = "The last date counted, YYYY-MM-DD from 1900-01-01 to 2199-12-31 "
          + "(default: today in Massachusetts).")
  private LocalDate asOf;

  @Option(names = "--proration", paramLabel = "school-days|none", converter = ProrationConverter.class,
      completionCandidates = ProrationConverter.Names.class,
      description = "How a week or cycle shortened by a holiday counts: its share of the sessions (school-days, "
          + "the default) or every session (none).")
  private Proration proration = Proration.SCHOOL_DAYS;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Override
  public Integer call() {
    Case c = CaseInput.read(caseFile);
    ServiceLedger ledger = ServiceLedger.of(c, Dates.orToday(asOf), proration);
    spec.commandLine().getOut().println(json ? JsonOutput.write(JsonOutput.ledger(ledger)) : LedgerTable.of(ledger));
    return IepLettersCommand.OK;
  }

  /** {@code school-days} or {@code none}, in any case. */
  static final class ProrationConverter implements ITypeConverter<Proration> {
    @Override
    public Proration convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "school-days" -> Proration.SCHOOL_DAYS;
        case "none" -> Proration.NONE;
        default -> throw new TypeConversionException("'" + value + "' is neither school-days nor none");
      };
    }

    /** The names, for the help and shell completion. */
    static final class Names extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Names() {
        super(List.of("school-days", "none"));
      }
    }
  }
}
