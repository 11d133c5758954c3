package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.iepletters.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PlanCommandTest {
  static final List<String> PUBLIC_CASES = Cli.PUBLIC_CASES;

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void jsonSituationsAndDeadlinesEqualTheExpectedFiles(String name) {
    JsonNode plan = Cli.run("plan", "--case", Cli.caseFile(name), "--as-of", Cli.asOf(name), "--json")
        .assertOk().json();
    assertThat(plan.get("asOf").asText()).isEqualTo(Cli.asOf(name));
    assertThat(plan.get("situations")).isEqualTo(Cli.expected(name, "situations"));
    assertThat(plan.get("deadlines")).isEqualTo(Cli.expected(name, "deadlines"));
    // the table's order, as the expected files list them
    assertThat(plan.get("deadlines").fieldNames()).toIterable()
        .containsExactlyElementsOf(() -> Cli.expected(name, "deadlines").fieldNames());
  }

  @ParameterizedTest
  @FieldSource("PUBLIC_CASES")
  void jsonStepsNameLettersByTheirCommandNames(String name) {
    JsonNode plan = Cli.run("plan", "--case", Cli.caseFile(name), "--as-of", Cli.asOf(name), "--json")
        .assertOk().json();
    assertThat(plan.properties()).extracting(e -> e.getKey())
        .containsExactly("asOf", "situations", "steps", "deadlines");
    assertThat(plan.get("steps")).isNotEmpty();
    for (JsonNode step : plan.get("steps")) {
      assertThat(step.properties()).extracting(e -> e.getKey()).containsExactly("letter", "sendBy", "why");
      assertThat(LetterKind.values()).extracting(LetterKind::cliName).contains(step.get("letter").asText());
      assertThat(step.get("sendBy").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(step.get("why").asText()).isNotBlank();
    }
  }

  @Test
  void speechCaseStartsWithTheDemandAndThenThePrsComplaint() {
    JsonNode steps = Cli.run("plan", "--case", Cli.caseFile("speech-one-of-three"), "--as-of", "2026-11-13",
        "--json").assertOk().json().get("steps");
    assertThat(steps).extracting(s -> s.get("letter").asText()).containsExactly("demand", "prs-complaint");
  }

  @Test
  void textListsSituationStepsDeadlinesAndNotes() {
    Cli.Run run = Cli.run("plan", "--case", Cli.caseFile("budget-cut"), "--as-of", "2026-11-13").assertOk();
    assertThat(run.out())
        .startsWith("Escalation plan as of November 13, 2026")
        .contains("a proposed IEP reduces or removes services")
        .contains("1. n2-data-request, send by November 13, 2026")
        .contains("2. partial-rejection, send by December 9, 2026")
        .contains("proposedIepResponseDue    2026-12-09")
        .contains("603 CMR 28.08(3)(b)")
        .contains("Stay-put")
        .contains("not legal advice");
  }

  @Test
  void invalidCaseIsBadInput() {
    Cli.Run run = Cli.run("plan", "--case", "no-such-case.yaml").assertBadInput();
    assertThat(run.err()).isEqualTo("the case file does not exist" + System.lineSeparator());
  }
}
