package org.iepletters.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.iepletters.LetterKind;
import org.iepletters.model.Correspondence;
import org.iepletters.model.LogStatus;
import org.iepletters.model.ServiceLogEntry;
import org.junit.jupiter.api.Test;

/** The mappers are strict on their own, not only behind the first pass. */
class CaseMappersTest {
  private static final String ENTRY = "{\"service\": \"speech\", \"date\": \"2026-10-05\", \"minutes\": %s, \"status\": %s}";

  @Test
  void bindsAWellFormedEntryWithALenientEnumName() throws JsonProcessingException {
    ServiceLogEntry entry = CaseMappers.JSON.readValue(ENTRY.formatted("30", "\"student absent\""), ServiceLogEntry.class);
    assertThat(entry.status()).isEqualTo(LogStatus.STUDENT_ABSENT);
    Correspondence sent = CaseMappers.yaml().readValue(
        "date: 2026-11-02\ndirection: sent\nletter: n2-data-request\nnote: x\n", Correspondence.class);
    assertThat(sent.letter()).isEqualTo(LetterKind.WRITTEN_NOTICE_REQUEST);
  }

  @Test
  void refusesFractionsNumbersAsTextAndUnknownFields() {
    assertThatThrownBy(() -> CaseMappers.JSON.readValue(ENTRY.formatted("30.7", "\"DELIVERED\""), ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> CaseMappers.JSON.readValue(ENTRY.formatted("\"30\"", "\"DELIVERED\""), ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> CaseMappers.JSON.readValue(ENTRY.formatted("30", "0"), ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> CaseMappers.JSON.readValue("{\"service\": 5}", ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> CaseMappers.JSON.readValue("{\"sevice\": \"speech\"}", ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void refusesImpossibleDates() {
    assertThatThrownBy(() -> CaseMappers.JSON.readValue(
        ENTRY.formatted("30", "\"DELIVERED\"").replace("2026-10-05", "2026-02-30"), ServiceLogEntry.class))
        .isInstanceOf(JsonProcessingException.class);
  }
}
