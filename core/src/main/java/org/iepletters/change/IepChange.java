package org.iepletters.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iepletters.model.Case;
import org.iepletters.model.Grid;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;

/**
 * A proposed IEP compared with the accepted one, line by line by id.
 *
 * <p>Weekly equivalents are exact: a month is 10/36 of a school week. Each accepted line gets the first kind that
 * fits: {@code REMOVED}, {@code REDUCED}, {@code LESS_DIRECT} (grid B or C to A), {@code INCREASED}, {@code CHANGED}
 * (any other field differs), {@code UNCHANGED}; a proposed line with a new id is {@code ADDED}. A cut is a removal,
 * a reduction or less direct service. The rejected set is every cut, every changed line the parent has not
 * accepted ({@code acceptChanges}), and every other rejected portion the parent names.
 *
 * @param lines the accepted lines in their order, then the added lines in the proposal's order
 * @param rejectedLines the cuts and the changed lines not accepted, in the order of {@code lines}
 * @param rejectedPortions the other portions the parent rejects, as written
 */
public record IepChange(List<LineChange> lines, List<LineChange> rejectedLines, List<String> rejectedPortions) {

  /**
   * Copies the lists once.
   *
   * @param lines the accepted lines in their order, then the added lines in the proposal's order
   * @param rejectedLines the cuts and the changed lines not accepted, in the order of {@code lines}
   * @param rejectedPortions the other portions the parent rejects, as written
   */
  public IepChange {
    lines = List.copyOf(lines);
    rejectedLines = List.copyOf(rejectedLines);
    rejectedPortions = List.copyOf(rejectedPortions);
  }

  /**
   * The change a case's proposed IEP makes.
   *
   * @param c a valid case
   * @return the change; no lines when the case has no proposed IEP
   */
  public static IepChange of(Case c) {
    return c.proposedIep() == null ? new IepChange(List.of(), List.of(), List.of()) : of(c.iep(), c.proposedIep());
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
      lines.add(new LineChange(a.id(), kind(a, aw, p, pw), a, p, aw, pw));
    }
    for (int j = 0; j < proposed.services().size(); j++) {
      ServiceLine p = proposed.services().get(j);
      if (seen.add(p.id())) {
        lines.add(new LineChange(p.id(), ChangeKind.ADDED, null, p, null,
            weekly(p, "proposedIep.services[" + j + "]")));
      }
    }
    Set<String> accepts = new HashSet<>(proposed.acceptChanges());
    List<LineChange> rejected = lines.stream()
        .filter(l -> l.kind().isCut() || l.kind() == ChangeKind.CHANGED && !accepts.contains(l.id()))
        .toList();
    return new IepChange(lines, rejected, proposed.rejectedPortions());
  }

  private static ChangeKind kind(ServiceLine a, WeeklyMinutes aw, ServiceLine p, WeeklyMinutes pw) {
    int cmp = pw.compareTo(aw);
    if (cmp < 0) {
      return ChangeKind.REDUCED;
    }
    if ((a.grid() == Grid.B || a.grid() == Grid.C) && p.grid() == Grid.A) {
      return ChangeKind.LESS_DIRECT;
    }
    if (cmp > 0) {
      return ChangeKind.INCREASED;
    }
    boolean same = Objects.equals(a.service(), p.service())
        && Objects.equals(a.provider(), p.provider())
        && a.grid() == p.grid()
        && Objects.equals(a.sessions(), p.sessions())
        && Objects.equals(a.minutes(), p.minutes())
        && a.per() == p.per()
        && Objects.equals(a.cycleDays(), p.cycleDays())
        && Objects.equals(a.start(), p.start())
        && Objects.equals(a.end(), p.end())
        && a.isEsy() == p.isEsy();
    return same ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
  }

  /** {@return the cuts (removed, reduced and less direct lines), in order} */
  public List<LineChange> cuts() {
    return lines.stream().filter(l -> l.kind().isCut()).toList();
  }

  /** {@return whether some line is removed, reduced or made less direct} */
  public boolean hasCut() {
    return lines.stream().anyMatch(l -> l.kind().isCut());
  }

  /** {@return the changed lines (same minutes, something else differs) the parent has not accepted, in order} */
  public List<LineChange> rejectedChanges() {
    return rejectedLines.stream().filter(l -> l.kind() == ChangeKind.CHANGED).toList();
  }

  /** {@return whether the parent rejects anything: a cut, a changed line not accepted, or another portion} */
  public boolean hasRejection() {
    return !rejectedLines.isEmpty() || !rejectedPortions.isEmpty();
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
