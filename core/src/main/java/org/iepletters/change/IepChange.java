package org.iepletters.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iepletters.model.Case;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;

/**
 * A proposed IEP compared with the accepted one, line by line by id (SPEC section 7).
 *
 * <p>A line is reduced when its proposed minutes per week are fewer, compared exactly; a change of grid, setting or
 * dates alone, an equal value, or a new line is no reduction.
 *
 * @param lines the accepted lines in their order, then the added lines in the proposal's order
 */
public record IepChange(List<LineChange> lines) {

  /** Copies the list once. */
  public IepChange {
    lines = List.copyOf(lines);
  }

  /**
   * The change a case's proposed IEP makes.
   *
   * @param c a valid case
   * @return the change; no lines when the case has no proposed IEP
   */
  public static IepChange of(Case c) {
    return c.proposedIep() == null ? new IepChange(List.of()) : of(c.iep(), c.proposedIep());
  }

  /**
   * The change a proposed IEP makes to an accepted one.
   *
   * @param accepted the accepted IEP
   * @param proposed the proposed IEP
   * @return the change of every line
   */
  public static IepChange of(Iep accepted, ProposedIep proposed) {
    Map<String, Integer> proposedIndex = new HashMap<>();
    for (int i = 0; i < proposed.services().size(); i++) {
      proposedIndex.putIfAbsent(proposed.services().get(i).id(), i);
    }
    List<LineChange> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < accepted.services().size(); i++) {
      ServiceLine a = accepted.services().get(i);
      seen.add(a.id());
      WeeklyMinutes aw = weekly(a, "iep.services[" + i + "]");
      Integer j = proposedIndex.get(a.id());
      if (j == null) {
        lines.add(new LineChange(a.id(), ChangeKind.REMOVED, a, null, aw, null));
        continue;
      }
      ServiceLine p = proposed.services().get(j);
      WeeklyMinutes pw = weekly(p, "proposedIep.services[" + j + "]");
      int cmp = pw.compareTo(aw);
      ChangeKind kind = cmp < 0 ? ChangeKind.REDUCED : cmp > 0 ? ChangeKind.INCREASED : ChangeKind.UNCHANGED;
      lines.add(new LineChange(a.id(), kind, a, p, aw, pw));
    }
    for (int j = 0; j < proposed.services().size(); j++) {
      ServiceLine p = proposed.services().get(j);
      if (seen.add(p.id())) {
        lines.add(new LineChange(p.id(), ChangeKind.ADDED, null, p, null,
            weekly(p, "proposedIep.services[" + j + "]")));
      }
    }
    return new IepChange(lines);
  }

  /** The reduced and removed lines, in order. */
  public List<LineChange> cuts() {
    return lines.stream().filter(l -> l.kind().isCut()).toList();
  }

  /** Whether some line is reduced or removed. */
  public boolean hasCut() {
    return lines.stream().anyMatch(l -> l.kind().isCut());
  }

  private static WeeklyMinutes weekly(ServiceLine line, String path) {
    List<Violation> problems = new ArrayList<>();
    if (line.sessions() == null) {
      problems.add(new Violation(path + ".sessions", "is required"));
    }
    if (line.minutes() == null) {
      problems.add(new Violation(path + ".minutes", "is required"));
    }
    if (line.per() == null) {
      problems.add(new Violation(path + ".per", "is required"));
    } else if (line.per() == Period.CYCLE
        && (line.cycleDays() == null || line.cycleDays() < 1)) {
      problems.add(new Violation(path + ".cycleDays", "is required for a CYCLE line"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCaseException(problems);
    }
    return WeeklyMinutes.of(line.sessions(), line.minutes(), line.per(),
        line.cycleDays() == null ? 0 : line.cycleDays());
  }
}
