package org.iepletters.samples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.Proration;
import org.iepletters.ledger.ServiceLedger;

/** The ledger as a table a person reads: one column per service line, one row per figure. */
final class LedgerTable {
  private static final String NO_DATE = "none";

  private LedgerTable() {}

  /** The table, its title, the total owed and the warnings. */
  static String of(ServiceLedger ledger) {
    List<Row> rows = List.of(
        new Row("Required minutes", l -> number(l.requiredMinutes())),
        new Row("Delivered minutes", l -> number(l.deliveredMinutes())),
        new Row("Excused minutes (absences)", l -> number(l.excusedMinutes())),
        new Row("Make-up minutes credited", l -> number(l.makeupMinutes())),
        new Row("Owed minutes", l -> number(l.owedMinutes())),
        new Row("Periods counted", l -> number(l.periods())),
        new Row("Periods with a shortfall", l -> number(l.shortfallPeriods())),
        new Row("Sessions delivered", l -> number(l.sessionsDelivered())),
        new Row("Sessions cancelled", l -> number(l.sessionsCancelled())),
        new Row("First shortfall", l -> date(l.firstShortfallDate())),
        new Row("Last shortfall", l -> date(l.lastShortfallDate())),
        new Row("Counted through", l -> date(l.countedThrough())),
        new Row("No log entry (presumed owed)", l -> l.unlogged() ? "yes" : "no"),
        new Row("Log entries outside the dates", l -> number(l.ignoredEntries())));

    List<LineLedger> lines = ledger.services();
    int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
    List<Integer> widths = new ArrayList<>();
    for (LineLedger line : lines) {
      int w = line.id().length();
      for (Row r : rows) {
        w = Math.max(w, r.value().apply(line).length());
      }
      widths.add(w);
    }

    StringBuilder out = new StringBuilder();
    out.append("Service ledger as of ").append(Dates.longForm(ledger.asOf()))
        .append(ledger.proration() == Proration.SCHOOL_DAYS
            ? " (short weeks and cycles prorated by school days)"
            : " (no proration: every period with a school day requires every session)")
        .append('\n')
        .append("Only periods complete by ").append(Dates.longForm(ledger.evidenceThrough()))
        .append(", the last date the logs cover, are counted.\n\n");
    StringBuilder header = new StringBuilder(pad("", labelWidth));
    StringBuilder rule = new StringBuilder("-".repeat(labelWidth));
    for (int i = 0; i < lines.size(); i++) {
      header.append("  ").append(padLeft(lines.get(i).id(), widths.get(i)));
      rule.append("  ").append("-".repeat(widths.get(i)));
    }
    out.append(header.toString().stripTrailing()).append('\n').append(rule).append('\n');
    for (Row r : rows) {
      StringBuilder line = new StringBuilder(pad(r.label(), labelWidth));
      for (int i = 0; i < lines.size(); i++) {
        line.append("  ").append(padLeft(r.value().apply(lines.get(i)), widths.get(i)));
      }
      out.append(line).append('\n');
    }
    out.append('\n').append("Total owed: ").append(number(ledger.totalOwedMinutes()))
        .append(ledger.totalOwedMinutes() == 1 ? " minute" : " minutes");
    for (String warning : ledger.warnings()) {
      out.append("\n\nWarning: ").append(warning);
    }
    return out.toString();
  }

  private static String number(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  private static String date(LocalDate date) {
    return date == null ? NO_DATE : date.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private record Row(String label, Function<LineLedger, String> value) {}
}
