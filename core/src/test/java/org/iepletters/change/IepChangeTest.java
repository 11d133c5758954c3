package org.iepletters.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepletters.SyntheticCases.cycleLine;
import static org.iepletters.SyntheticCases.line;
import static org.iepletters.SyntheticCases.list;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.iepletters.CaseFixtures;
import org.iepletters.model.Grid;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;
import org.junit.jupiter.api.Test;

class IepChangeTest {
  private static final LocalDate START = LocalDate.of(2026, 9, 8);

  private static IepChange change(List<ServiceLine> accepted, List<ServiceLine> proposed) {
    Iep iep = new Iep(START, START.plusYears(1), START.minusDays(10), list(accepted.toArray(new ServiceLine[0])));
    ProposedIep p = new ProposedIep(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 10),
        LocalDate.of(2027, 11, 9), list(proposed.toArray(new ServiceLine[0])));
    return IepChange.of(iep, p);
  }

  @Test
  void thirteenTimesFortyAMonthEqualsFourTimesThirtyAWeek() {
    // 13 x 40 x 12 / 52 = 6240 / 52 = 120 exactly; in floating point 12/52 is inexact.
    IepChange c = change(list(line("speech", 4, 30, Period.WEEK)), list(line("speech", 13, 40, Period.MONTH)));
    assertThat(c.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ChangeKind.UNCHANGED);
      assertThat(l.proposedWeekly()).isEqualTo(l.acceptedWeekly());
      assertThat(l.proposedWeekly().toDisplayString()).isEqualTo("120");
    });
    assertThat(c.hasCut()).isFalse();
  }

  @Test
  void aMinuteLessAMonthIsAReduction() {
    // 1 x 519 a month = 519 x 12 / 52 = 119.77 a week, below 120.
    IepChange c = change(list(line("speech", 4, 30, Period.WEEK)), list(line("speech", 1, 519, Period.MONTH)));
    assertThat(c.lines().get(0).kind()).isEqualTo(ChangeKind.REDUCED);
  }

  @Test
  void comparesCyclesByFiveDaysInN() {
    // 2 x 30 per 6-day cycle = 60 x 5 / 6 = 50 a week = 1 x 50 a week: unchanged.
    // 2 x 30 per 5-day cycle = 60 a week: more than 50.
    assertThat(change(list(cycleLine("ot", 2, 30, 6)), list(line("ot", 1, 50, Period.WEEK))).lines().get(0).kind())
        .isEqualTo(ChangeKind.UNCHANGED);
    assertThat(change(list(line("ot", 1, 50, Period.WEEK)), list(cycleLine("ot", 2, 30, 5))).lines().get(0).kind())
        .isEqualTo(ChangeKind.INCREASED);
  }

  @Test
  void findsTheReductionAndRemovalsOfTheBudgetCutCase() {
    // speech 2 x 30 a week = 60 -> 1 x 30 a month = 360 / 52 = 6.92 a week; para and esy are not proposed.
    IepChange c = IepChange.of(CaseFixtures.read("budget-cut"));
    assertThat(c.lines()).extracting(LineChange::id, LineChange::kind).containsExactly(
        Tuple.tuple("speech", ChangeKind.REDUCED),
        Tuple.tuple("para", ChangeKind.REMOVED),
        Tuple.tuple("esy", ChangeKind.REMOVED));
    assertThat(c.cuts()).hasSize(3);
    LineChange speech = c.lines().get(0);
    assertThat(speech.acceptedWeekly().toDisplayString()).isEqualTo("60");
    assertThat(speech.proposedWeekly().toDisplayString()).isEqualTo("6.9");
    assertThat(c.lines().get(1).proposedWeekly()).isNull();
  }

  @Test
  void aChangeOfGridOrDatesAloneIsNoReduction() {
    ServiceLine moved = new ServiceLine("speech", "Speech-language therapy", Grid.B, "Speech-language pathologist",
        3, 30, Period.WEEK, null, LocalDate.of(2026, 12, 1), null);
    IepChange c = change(list(line("speech", 3, 30, Period.WEEK)), list(moved));
    assertThat(c.lines().get(0).kind()).isEqualTo(ChangeKind.UNCHANGED);
  }

  @Test
  void reportsIncreasesAndAddedLinesWithoutCallingThemCuts() {
    IepChange c = change(list(line("speech", 3, 30, Period.WEEK)),
        list(line("counseling", 1, 30, Period.WEEK), line("speech", 4, 30, Period.WEEK)));
    assertThat(c.lines()).extracting(LineChange::id).containsExactly("speech", "counseling");
    assertThat(c.lines()).extracting(LineChange::kind).containsExactly(ChangeKind.INCREASED, ChangeKind.ADDED);
    assertThat(c.lines().get(1).accepted()).isNull();
    assertThat(c.hasCut()).isFalse();
  }

  @Test
  void aProposalWithNoServicesRemovesEveryLine() {
    IepChange c = change(list(line("speech", 3, 30, Period.WEEK), line("ot", 1, 30, Period.WEEK)), list());
    assertThat(c.lines()).extracting(LineChange::kind).containsOnly(ChangeKind.REMOVED);
  }

  @Test
  void aCaseWithoutAProposedIepHasNoChange() {
    assertThat(IepChange.of(CaseFixtures.read("ot-vacancy")).lines()).isEmpty();
  }
}
