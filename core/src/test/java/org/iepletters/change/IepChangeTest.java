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
  void thirteenTimesFortyAMonthToFourTimesThirtyAWeekIsACut() {
    // 13 x 40 x 10 / 36 = 5200 / 36 = 144 4/9 a school week, down to 4 x 30 = 120: a cut of about 17%.
    // (v1 took a month as 52/12 weeks and judged the two equal.)
    IepChange c = change(list(line("speech", 13, 40, Period.MONTH)), list(line("speech", 4, 30, Period.WEEK)));
    assertThat(c.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(ChangeKind.REDUCED);
      assertThat(l.acceptedWeekly().toDisplayString()).isEqualTo("144.4");
      assertThat(l.proposedWeekly().toDisplayString()).isEqualTo("120");
    });
    assertThat(c.hasCut()).isTrue();
    assertThat(c.rejectedLines()).hasSize(1);
  }

  @Test
  void aMinuteLessAMonthIsAReduction() {
    // 1 x 431 a month = 4310 / 36 = 119.72 a school week, below 4 x 30 = 120; 1 x 432 = 120 exactly, no cut,
    // but sessions, minutes and period differ: CHANGED.
    assertThat(change(list(line("speech", 4, 30, Period.WEEK)), list(line("speech", 1, 431, Period.MONTH)))
        .lines().get(0).kind()).isEqualTo(ChangeKind.REDUCED);
    assertThat(change(list(line("speech", 4, 30, Period.WEEK)), list(line("speech", 1, 432, Period.MONTH)))
        .lines().get(0).kind()).isEqualTo(ChangeKind.CHANGED);
  }

  @Test
  void comparesCyclesByFiveDaysInN() {
    // 2 x 30 per 6-day cycle = 60 x 5 / 6 = 50 a week, as much as 1 x 50 a week but in other sessions: CHANGED.
    // 2 x 30 per 5-day cycle = 60 a week: more than 50.
    assertThat(change(list(cycleLine("ot", 2, 30, 6)), list(line("ot", 1, 50, Period.WEEK))).lines().get(0).kind())
        .isEqualTo(ChangeKind.CHANGED);
    assertThat(change(list(line("ot", 1, 50, Period.WEEK)), list(cycleLine("ot", 2, 30, 5))).lines().get(0).kind())
        .isEqualTo(ChangeKind.INCREASED);
  }

  @Test
  void findsTheReductionAndRemovalsOfTheBudgetCutCase() {
    // speech 2 x 30 a week = 60 -> 1 x 30 a month = 300 / 36 = 8.33 a school week; para and esy are not proposed.
    IepChange c = IepChange.of(CaseFixtures.read("budget-cut"));
    assertThat(c.lines()).extracting(LineChange::id, LineChange::kind).containsExactly(
        Tuple.tuple("speech", ChangeKind.REDUCED),
        Tuple.tuple("para", ChangeKind.REMOVED),
        Tuple.tuple("esy", ChangeKind.REMOVED));
    assertThat(c.cuts()).hasSize(3);
    LineChange speech = c.lines().get(0);
    assertThat(speech.acceptedWeekly().toDisplayString()).isEqualTo("60");
    assertThat(speech.proposedWeekly().toDisplayString()).isEqualTo("8.3");
    assertThat(c.lines().get(1).proposedWeekly()).isNull();
  }

  @Test
  void directServiceTurnedIntoConsultationIsACutEvenWithTheSameMinutes() {
    ServiceLine consult = new ServiceLine("speech", "Speech-language therapy", Grid.A, "Speech-language pathologist",
        3, 30, Period.WEEK, null, null, null);
    IepChange c = change(list(line("speech", 3, 30, Period.WEEK)), list(consult));
    assertThat(c.lines().get(0).kind()).isEqualTo(ChangeKind.LESS_DIRECT);
    assertThat(c.hasCut()).isTrue();
    // a reduction comes first: fewer minutes in consultation is REDUCED
    ServiceLine less = new ServiceLine("speech", "Speech-language therapy", Grid.A, "Speech-language pathologist",
        1, 30, Period.WEEK, null, null, null);
    assertThat(change(list(line("speech", 3, 30, Period.WEEK)), list(less)).lines().get(0).kind())
        .isEqualTo(ChangeKind.REDUCED);
  }

  @Test
  void theSameMinutesInShorterSessionsOrAnotherSettingAreChangedAndRejectedUnlessAccepted() {
    // 3 x 30 = 90 a week -> 6 x 15 = 90 a week: no cut, CHANGED; grid C -> B with a start date: CHANGED.
    IepChange shorter = change(list(line("speech", 3, 30, Period.WEEK)), list(line("speech", 6, 15, Period.WEEK)));
    assertThat(shorter.lines().get(0).kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(shorter.hasCut()).isFalse();
    assertThat(shorter.rejectedChanges()).extracting(LineChange::id).containsExactly("speech");
    ServiceLine moved = new ServiceLine("speech", "Speech-language therapy", Grid.B, "Speech-language pathologist",
        3, 30, Period.WEEK, null, LocalDate.of(2026, 12, 1), null);
    assertThat(change(list(line("speech", 3, 30, Period.WEEK)), list(moved)).lines().get(0).kind())
        .isEqualTo(ChangeKind.CHANGED);
    // an absent esy equals false: the same line with esy false is UNCHANGED
    ServiceLine same = new ServiceLine("speech", "Speech-language therapy", Grid.C, "Speech-language pathologist",
        3, 30, Period.WEEK, null, null, null, false);
    assertThat(change(list(line("speech", 3, 30, Period.WEEK)), list(same)).lines().get(0).kind())
        .isEqualTo(ChangeKind.UNCHANGED);
    // accepted by the parent: no longer rejected
    Iep iep = new Iep(START, START.plusYears(1), START.minusDays(10), list(line("speech", 3, 30, Period.WEEK)));
    ProposedIep p = new ProposedIep(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 10),
        LocalDate.of(2027, 11, 9), list(line("speech", 6, 15, Period.WEEK)), null, list("A reading goal removed"),
        list("speech"));
    IepChange accepted = IepChange.of(iep, p);
    assertThat(accepted.rejectedLines()).isEmpty();
    assertThat(accepted.rejectedPortions()).containsExactly("A reading goal removed");
    assertThat(accepted.hasRejection()).isTrue();
  }

  @Test
  void aCutIsRejectedEvenWhenTheParentNamesItAmongTheAcceptedChanges() {
    Iep iep = new Iep(START, START.plusYears(1), START.minusDays(10), list(line("speech", 3, 30, Period.WEEK)));
    ProposedIep p = new ProposedIep(LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 11, 10),
        LocalDate.of(2027, 11, 9), list(line("speech", 1, 30, Period.WEEK)), null, null, list("speech"));
    assertThat(IepChange.of(iep, p).rejectedLines()).extracting(LineChange::kind).containsExactly(ChangeKind.REDUCED);
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
