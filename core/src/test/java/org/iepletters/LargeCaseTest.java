package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.io.CaseFiles;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;
import org.iepletters.model.Grid;
import org.iepletters.model.Iep;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.RequestKind;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases far larger than a real one still compute and render: 40 service lines and 20,000 log entries give a
 * ledger, a plan and every letter that applies. A case file far over the size limit is refused without being
 * read.
 */
class LargeCaseTest {

  private static final LocalDate IEP_START = LocalDate.of(2026, 9, 1);
  private static final LocalDate IEP_END = LocalDate.of(2027, 6, 15);
  private static final LocalDate LETTER_DATE = LocalDate.of(2027, 3, 1);

  @TempDir
  Path dir;

  @Test
  void fortyServiceLinesAndTwentyThousandLogEntriesComputeAndRender() throws Exception {
    Case c = largeCase(40, 20_000);
    assertThat(c.serviceLogs()).hasSize(20_000);

    ServiceLedger ledger = ServiceLedger.of(c, LETTER_DATE);
    assertThat(ledger.services()).hasSize(40);
    assertThat(ledger.totalOwedMinutes())
        .isEqualTo(ledger.services().stream().mapToLong(LineLedger::owedMinutes).sum())
        .isPositive();
    EscalationPlan plan = EscalationPlan.of(c, LETTER_DATE);
    assertThat(plan.steps()).isNotEmpty();

    List<LetterKind> rendered = new ArrayList<>();
    for (LetterKind kind : LetterKind.values()) {
      if (org.iepletters.plan.Applicability.check(kind, c, LETTER_DATE).isEmpty()) {
        Letter letter = IepLetters.defaults().render(kind, c, LETTER_DATE);
        WordprocessingMLPackage.load(new ByteArrayInputStream(letter.docx()));
        if (kind == LetterKind.RECORDS_REQUEST) {
          // the logs of every line are requested
          assertThat(letter.text()).contains("Service 0", "Service 39");
        }
        assertThat(DocxContent.paragraphs(letter.docx())).isNotEmpty();
        rendered.add(kind);
      }
    }
    assertThat(rendered).containsExactlyInAnyOrder(LetterKind.values());
  }

  @Test
  void hundredMegabyteCaseFileIsRefusedQuicklyWithTheSizeMessage() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L << 20);
    }
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> CaseFiles.read(file))
            .isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.violations()).containsExactly(new Violation("", "is larger than 10 MB"))));
  }

  private static Case largeCase(int lineCount, int entryCount) {
    List<ServiceLine> lines = new ArrayList<>();
    List<ServiceLine> proposed = new ArrayList<>();
    for (int i = 0; i < lineCount; i++) {
      Period per = i % 3 == 0 ? Period.MONTH : Period.WEEK;
      lines.add(new ServiceLine("s" + i, "Service " + i, i % 2 == 0 ? Grid.C : Grid.B, "Provider " + i,
          3, 30, per, null, null, null));
      if (i % 4 != 0) {
        proposed.add(new ServiceLine("s" + i, "Service " + i, Grid.C, "Provider " + i, 1, 30, per, null, null, null));
      }
    }
    List<LocalDate> schoolDays = new ArrayList<>();
    for (LocalDate d = IEP_START; d.isBefore(IEP_END); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        schoolDays.add(d);
      }
    }
    LogStatus[] statuses = {LogStatus.DELIVERED, LogStatus.CANCELLED, LogStatus.DELIVERED, LogStatus.STUDENT_ABSENT,
        LogStatus.MAKEUP};
    List<ServiceLogEntry> logs = new ArrayList<>(entryCount);
    for (int n = 0; n < entryCount; n++) {
      int line = n % lineCount;
      LocalDate date = schoolDays.get((n / lineCount) % schoolDays.size());
      LogStatus status = statuses[n % statuses.length];
      int minutes = status == LogStatus.DELIVERED || status == LogStatus.MAKEUP ? 30 : 0;
      logs.add(new ServiceLogEntry("s" + line, date, minutes, status, n % 100 == 0 ? "Note " + n : null));
    }
    Iep iep = new Iep(IEP_START, IEP_END, IEP_START.minusDays(10), lines);
    ProposedIep proposal = new ProposedIep(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 12),
        LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 28), proposed);
    return SyntheticCases.caseOf(SyntheticCases.YEAR_2026, iep, proposal, logs, LocalDate.of(2027, 3, 20),
        List.of(new Correspondence(LocalDate.of(2027, 1, 5), Direction.SENT, LetterKind.DEMAND, "Sent by e-mail")),
        List.of(new RefusedRequest(LocalDate.of(2027, 1, 20), "Add a reading specialist"),
            new RefusedRequest(LocalDate.of(2027, 2, 1), "An independent speech-language evaluation", RequestKind.IEE,
                LocalDate.of(2027, 1, 22))));
  }
}
