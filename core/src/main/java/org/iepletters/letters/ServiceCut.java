package org.iepletters.letters;

import java.util.ArrayList;
import java.util.List;
import org.iepletters.change.ChangeKind;
import org.iepletters.change.IepChange;
import org.iepletters.change.LineChange;
import org.iepletters.change.WeeklyMinutes;
import org.iepletters.model.ServiceLine;

/**
 * One service line that a proposed IEP reduces or removes, written out for a letter.
 *
 * @param service what the service is, as the accepted IEP names it
 * @param provider who provides it under the accepted IEP
 * @param accepted the last accepted frequency, such as {@code 2 × 30 minutes per week}
 * @param proposed the proposed frequency, such as {@code 1 × 30 minutes per month}, or {@code removed}
 * @param acceptedWeekly the accepted minutes per week equivalent, such as {@code 60} or {@code 1,800}
 * @param proposedWeekly the proposed minutes per week equivalent, such as {@code 6.9}; {@code 0} when removed
 * @param removed whether the proposal removes the service
 */
public record ServiceCut(
    String service, String provider, String accepted, String proposed, String acceptedWeekly,
    String proposedWeekly, boolean removed) {

  /** The reduced and removed lines of a proposed IEP, in the accepted IEP's order; empty without one. */
  static List<ServiceCut> of(IepChange change) {
    List<ServiceCut> cuts = new ArrayList<>();
    for (LineChange line : change.cuts()) {
      boolean removed = line.kind() == ChangeKind.REMOVED;
      cuts.add(new ServiceCut(
          line.accepted().service(),
          line.accepted().provider(),
          frequency(line.accepted()),
          removed ? "removed" : frequency(line.proposed()),
          weekly(line.acceptedWeekly()),
          removed ? "0" : weekly(line.proposedWeekly()),
          removed));
    }
    return cuts;
  }

  /** A whole number with thousands separators ("1,800"), else one decimal ("6.9"). */
  private static String weekly(WeeklyMinutes minutes) {
    return minutes.isWhole() ? Wording.number(minutes.numerator().longValueExact()) : minutes.toDisplayString();
  }

  /** "2 × 30 minutes per week", with the line's own dates when it has them. */
  static String frequency(ServiceLine line) {
    String period = switch (line.per()) {
      case WEEK -> "week";
      case MONTH -> "month";
      case CYCLE -> line.cycleDays() + "-day cycle";
    };
    String text = line.sessions() + " × " + line.minutes() + (line.minutes() == 1 ? " minute" : " minutes")
        + " per " + period;
    if (line.start() != null && line.end() != null) {
      text += ", from " + Wording.date(line.start()) + " to " + Wording.date(line.end());
    } else if (line.start() != null) {
      text += ", from " + Wording.date(line.start());
    } else if (line.end() != null) {
      text += ", until " + Wording.date(line.end());
    }
    return text;
  }
}
