package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class LedgerCommandTest {
  static final List<String> PUBLIC_CASES = Cli.PUBLIC_CASES;

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void jsonEqualsTheExpectedLedgerValueForValue(String name) {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile(name), "--as-of", Cli.asOf(name), "--json").assertOk();
    assertThat(run.json()).isEqualTo(Cli.expected(name, "ledger"));
  }

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void jsonWithoutProrationEqualsTheExpectedLedgerValueForValue(String name) {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile(name), "--as-of", Cli.asOf(name), "--proration", "none",
        "--json").assertOk();
    assertThat(run.json()).isEqualTo(Cli.expected(name, "ledger-none"));
  }

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void theSampleCasesGiveTheSameLedgerAsThePublicOnes(String name) {
    // samples/cases holds the same cases with other fictional names, and the same logsThrough
    Cli.Run run = Cli.run("ledger", "--case", Cli.SAMPLES.resolve(name + ".json").toString(), "--as-of",
        Cli.asOf(name), "--json").assertOk();
    assertThat(run.json()).isEqualTo(Cli.expected(name, "ledger"));
  }

  @Test
  void jsonHasExactlyTheKeysOfTheSpecification() {
    JsonNode json = Cli.run("ledger", "--case", Cli.caseFile("budget-cut"), "--as-of", "2026-11-13", "--json")
        .assertOk().json();
    assertThat(json.properties()).extracting(e -> e.getKey())
        .containsExactly("asOf", "evidenceThrough", "services", "totalOwedMinutes", "warnings");
    assertThat(json.get("services").get(0).properties()).extracting(e -> e.getKey()).containsExactly(
        "id", "requiredMinutes", "deliveredMinutes", "excusedMinutes", "makeupMinutes", "owedMinutes", "periods",
        "shortfallPeriods", "sessionsDelivered", "sessionsCancelled", "firstShortfallDate", "lastShortfallDate",
        "ignoredEntries", "countedThrough", "unlogged");
    assertThat(json.get("services").get(0).get("firstShortfallDate").isNull()).isTrue();
  }

  @Test
  void tableShowsEachLineWithThousandsSeparatorsAndTheTotal() {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile("budget-cut"), "--as-of", "2026-11-13").assertOk();
    assertThat(run.out())
        .startsWith("Service ledger as of November 13, 2026")
        .contains("speech", "para", "esy")
        .contains("16,200")
        .contains("Total owed: 0 minutes");
    String owed = run.out().lines().filter(l -> l.startsWith("Owed minutes")).findFirst().orElseThrow();
    assertThat(owed.split("\\s{2,}")).containsExactly("Owed minutes", "0", "0", "0");
  }

  @Test
  void tableOfTheSpeechCaseShowsTheOwedMinutes() {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13")
        .assertOk();
    String owed = run.out().lines().filter(l -> l.startsWith("Owed minutes")).findFirst().orElseThrow();
    assertThat(owed.split("\\s{2,}")).containsExactly("Owed minutes", "324");
    assertThat(run.out()).contains("Total owed: 324 minutes").contains("2026-10-05")
        .contains("Only periods complete by November 13, 2026, the last date the logs cover, are counted.");
    String through = run.out().lines().filter(l -> l.startsWith("Counted through")).findFirst().orElseThrow();
    assertThat(through.split("\\s{2,}")).containsExactly("Counted through", "2026-11-13");
  }

  @Test
  void yamlSampleGivesTheSameLedgerAsItsJsonTwin() {
    Cli.Run json = Cli.run("ledger", "--case", Cli.SAMPLES.resolve("speech-one-of-three.json").toString(),
        "--as-of", "2026-11-13", "--json").assertOk();
    Cli.Run yaml = Cli.run("ledger", "--case", Cli.SAMPLES.resolve("speech-one-of-three.yaml").toString(),
        "--as-of", "2026-11-13", "--json").assertOk();
    assertThat(yaml.out()).isEqualTo(json.out());
    assertThat(json.json().get("totalOwedMinutes").asLong()).isEqualTo(324);

    Cli.Run jsonTable = Cli.run("ledger", "--case", Cli.SAMPLES.resolve("speech-one-of-three.json").toString(),
        "--as-of", "2026-11-13");
    Cli.Run yamlTable = Cli.run("ledger", "--case", Cli.SAMPLES.resolve("speech-one-of-three.yaml").toString(),
        "--as-of", "2026-11-13");
    assertThat(yamlTable.out()).isEqualTo(jsonTable.out());
  }

  @Test
  void prorationNoneRequiresEverySessionOfAShortWeek() {
    JsonNode prorated = Cli.run("ledger", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13",
        "--proration", "school-days", "--json").assertOk().json();
    JsonNode full = Cli.run("ledger", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13",
        "--proration", "none", "--json").assertOk().json();
    assertThat(full.get("services").get(0).get("requiredMinutes").asLong())
        .isGreaterThanOrEqualTo(prorated.get("services").get(0).get("requiredMinutes").asLong());
    assertThat(full.get("asOf").asText()).isEqualTo("2026-11-13");
  }

  @Test
  void asOfDefaultsToToday() {
    JsonNode json = Cli.run("ledger", "--case", Cli.caseFile("ot-vacancy"), "--json").assertOk().json();
    assertThat(json.get("asOf").asText())
        .isIn(LocalDate.now(Dates.MASSACHUSETTS).toString(), LocalDate.now(Dates.MASSACHUSETTS).minusDays(1).toString());
  }

  @Test
  void unknownProrationIsBadInput() {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile("ot-vacancy"), "--proration", "weekly")
        .assertBadInput();
    assertThat(run.err()).contains("'weekly' is neither school-days nor none");
  }

  @Test
  void impossibleDateIsBadInput() {
    Cli.Run run = Cli.run("ledger", "--case", Cli.caseFile("ot-vacancy"), "--as-of", "2026-02-30")
        .assertBadInput();
    assertThat(run.err()).contains("'2026-02-30' is not a date in the form YYYY-MM-DD");
  }
}
