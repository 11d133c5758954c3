package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.iepletters.model.Case;
import org.junit.jupiter.api.Test;

/** The records request for the public case {@code speech-one-of-three}, dated Friday, November 13, 2026. */
class RecordsRequestLetterTest {

  private static final Case SPEECH = CaseFixtures.read("speech-one-of-three");
  private static final LocalDate DATE = CaseFixtures.asOf("speech-one-of-three");
  private static final String TEXT = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, SPEECH, DATE).text();

  @Test
  void asksForTheEntireRecordAndNamesEverythingItIncludes() {
    assertThat(TEXT).contains("Under 603 CMR 23.07(2) and 34 CFR 300.613, I request access to and copies of my son's "
        + "entire student record");
    assertThat(TEXT).containsSubsequence(
        "- general education and special education records;",
        "- the service delivery logs of each service on the IEP accepted on June 18, 2026, from the start of the IEP "
            + "on September 8, 2026",
        "- the session notes of each provider of those services;",
        "- attendance records and data sheets;",
        "- progress reports;",
        "- evaluations and their reports;",
        "- notes of Team meetings;",
        "- written notices, including notices of proposed action (N1) and of refusal (N2);",
        "- correspondence and emails about my son;",
        "- records of the sessions that contracted or substitute providers held with him;",
        "- the log of access kept under 603 CMR 23.07(1), which records who has obtained access to the record, with "
            + "the exceptions that rule makes.");
  }

  @Test
  void describesTheAccessLogAsARecordOfAccessNotOfEveryone() {
    assertThat(TEXT).doesNotContain("lists everyone", "everyone who has");
  }

  @Test
  void givesTheNoFeeClauseElectronicCopiesAndTheRightToHaveTheRecordExplained() {
    assertThat(TEXT).contains("Under 603 CMR 23.07(2)(a), a fee for copies may not exceed the cost of reproduction, "
            + "and no fee may be charged if it would effectively prevent me from exercising my right to inspect and "
            + "review the record",
        "Electronic copies are welcome.",
        "Under 603 CMR 23.07(2)(c), I would also like to meet with a member of the school staff to have the record "
            + "explained to me");
  }

  @Test
  void accessIsDueInTenDays() {
    // speech-one-of-three.deadlines.json: recordsAccessDue 2026-11-23
    assertThat(TEXT).contains("603 CMR 23.07(2) requires access as soon as practicable and within ten days of a "
        + "request.", "no later than November 23, 2026");
  }
}
