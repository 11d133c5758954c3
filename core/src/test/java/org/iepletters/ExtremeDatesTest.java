package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.calendar.BusinessDays;
import org.iepletters.calendar.Deadline;
import org.iepletters.calendar.Holidays;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Iep;
import org.iepletters.model.Period;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates at the ends of what Java can hold, given to the public API, are refused with an
 * {@link IllegalArgumentException} naming the parameter and the range; in a case, they are violations at
 * their paths. None reaches a {@link java.time.DateTimeException} from inside a computation.
 */
class ExtremeDatesTest {
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 15);

  private static Case validCase() {
    return SyntheticCases.caseOf(SyntheticCases.YEAR_2026, START, END,
        List.of(SyntheticCases.line("speech", 2, 30, Period.WEEK)),
        List.of(SyntheticCases.delivered("speech", START.plusDays(14), 30)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01"})
  void theLedgerThePlanAndTheLettersRefuseAnAsOfDateOutsideTheRange(String text) {
    LocalDate date = LocalDate.parse(text);
    Case c = validCase();

    assertThatThrownBy(() -> ServiceLedger.of(c, date)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf must be from 1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> EscalationPlan.of(c, date)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("asOf must be from 1900-01-01 to 2199-12-31");
    assertThatThrownBy(() -> IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, c, date))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("letterDate must be from 1900-01-01 to 2199-12-31");
  }

  @Test
  void theCalendarRefusesTheLastDateJavaCanHold() {
    assertThatThrownBy(() -> BusinessDays.after(LocalDate.MAX, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Holidays.isMassachusettsHoliday(LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.dueProcessLimit(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEdgesOfTheRangeStillCompute() {
    assertThat(Deadline.dueProcessLimit(LocalDate.of(2199, 12, 31)).date()).isEqualTo(LocalDate.of(2201, 12, 31));
    assertThat(BusinessDays.after(LocalDate.of(1900, 1, 1), 5)).isAfter(LocalDate.of(1900, 1, 1));
  }

  @Test
  void aCaseDateOutsideTheRangeIsAViolationAtItsPath() {
    Case c = validCase();
    Iep far = new Iep(START, LocalDate.MAX, c.iep().acceptedOn(), c.iep().services());
    Case farCase = new Case(c.student(), c.guardian(), c.district(), far, null, c.serviceLogs(), null,
        c.correspondence(), c.refusedRequests(), null);

    assertThat(CaseValidator.validate(farCase))
        .contains(new Violation("iep.end", "must be from 1900-01-01 to 2199-12-31"));
  }
}
