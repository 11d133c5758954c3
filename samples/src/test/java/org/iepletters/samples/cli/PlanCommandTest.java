package org.iepletters.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.iepletters.plan.PlanLetter;
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
    JsonNode expected = Cli.expected(name, "plan");
    assertThat(plan.get("evidenceThrough")).isEqualTo(expected.get("evidenceThrough"));
    for (String list : new String[] {"steps", "options"}) {
      assertThat(plan.get(list)).hasSameSizeAs(expected.get(list));
      for (int i = 0; i < expected.get(list).size(); i++) {
        for (String key : new String[] {"letter", "from", "by"}) {
          assertThat(plan.get(list).get(i).get(key)).as("%s[%d].%s", list, i, key)
              .isEqualTo(expected.get(list).get(i).get(key));
        }
      }
    }
    assertThat(plan.get("deadlines")).isEqualTo(expected.get("deadlines"));
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
        .containsExactly("asOf", "evidenceThrough", "situations", "steps", "options", "deadlines", "notes");
    assertThat(plan.get("steps")).isNotEmpty();
    for (String list : new String[] {"steps", "options"}) {
      for (JsonNode step : plan.get(list)) {
        assertThat(step.properties()).extracting(e -> e.getKey()).containsExactly("letter", "from", "by", "why");
        assertThat(PlanLetter.values()).extracting(PlanLetter::cliName).contains(step.get("letter").asText());
        assertThat(step.get("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(step.get("by").isNull() || step.get("by").asText().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
        assertThat(step.get("why").asText()).isNotBlank();
      }
    }
    assertThat(plan.get("notes")).isNotEmpty();
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
        .contains("a proposed IEP cuts services")
        .contains("1. n2-data-request, from November 13, 2026\n")
        .contains("2. partial-rejection, from November 13, 2026 (by December 9, 2026)")
        .contains("Options (letters you may choose to send")
        .contains("1. team-meeting-request, from November 13, 2026")
        .contains("3. bsea-hearing-request, from November 13, 2026\n")
        .contains("proposedIepResponseDue    2026-12-09")
        .contains("603 CMR 28.08(3)(b)")
        .contains("stay-put")
        .contains("not legal advice");
    // the options come after the steps, apart
    assertThat(run.out().indexOf("Options")).isGreaterThan(run.out().indexOf("2. partial-rejection"));
  }

  @Test
  void invalidCaseIsBadInput() {
    Cli.Run run = Cli.run("plan", "--case", "no-such-case.yaml").assertBadInput();
    assertThat(run.err()).isEqualTo("the case file does not exist" + System.lineSeparator());
  }
}
