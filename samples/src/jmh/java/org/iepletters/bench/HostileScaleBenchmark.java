package org.iepletters.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iepletters.IepLetters;
import org.iepletters.LetterKind;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Closure;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.District;
import org.iepletters.model.Grid;
import org.iepletters.model.Guardian;
import org.iepletters.model.Iep;
import org.iepletters.model.LogStatus;
import org.iepletters.model.Period;
import org.iepletters.model.Relationship;
import org.iepletters.model.SchoolCalendar;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;
import org.iepletters.model.Student;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.Violation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inputs that once made the library slow down faster than their size: 20,000 log entries naming a service
 * line that does not exist, against 20,000 that name one; and demands owing on 800 and on 8,000 service lines.
 * What matters is the ratio: 20,000 violations within a small factor of 20,000 valid entries, and 8,000 lines
 * taking about ten times as long as 800.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HostileScaleBenchmark {
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 15);
  private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 13);

  /** 20,000 log entries, all valid or all naming a missing line. */
  @State(Scope.Benchmark)
  public static class Logs {
    /** Whether every entry names the line, or a renamed one. */
    @Param({"valid", "missing-line"})
    public String entries;

    Case logCase;

    /** Builds the case and checks it has the violations it is meant to have. */
    @Setup
    public void setUp() {
      boolean bad = entries.equals("missing-line");
      List<ServiceLogEntry> logs = new ArrayList<>();
      LocalDate day = START;
      for (int i = 0; i < 20_000; i++) {
        logs.add(new ServiceLogEntry(bad ? "renamed" : "speech", day, 30, LogStatus.DELIVERED, null));
        day = day.plusDays(1).isAfter(END) ? START : day.plusDays(1);
      }
      logCase = caseOf(List.of(line("speech", "Speech-language therapy")), logs);
      int found = CaseValidator.validate(logCase).size();
      if (found != (bad ? 20_000 : 0)) {
        throw new IllegalStateException("expected " + (bad ? 20_000 : 0) + " violations, found " + found);
      }
    }
  }

  /** A case owing minutes on every one of its lines. */
  @State(Scope.Benchmark)
  public static class OwedLines {
    /** Service lines in the case, each owed. */
    @Param({"800", "8000"})
    public int lines;

    Case owedCase;
    IepLetters letters;

    /** Builds the case and warms the renderer. */
    @Setup
    public void setUp() {
      List<ServiceLine> serviceLines = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        serviceLines.add(line("s" + i, "Service " + i));
      }
      owedCase = caseOf(serviceLines, List.of());
      letters = IepLetters.builder().build().warmUp();
    }
  }

  /**
   * Validates 20,000 log entries.
   *
   * @param logs the case
   * @return the violations
   */
  @Benchmark
  public List<Violation> validateTwentyThousandEntries(Logs logs) {
    return CaseValidator.validate(logs.logCase);
  }

  /**
   * Renders the demand of a case owing on every line.
   *
   * @param owed the case
   * @return the letter's Word document
   */
  @Benchmark
  public byte[] renderDemand(OwedLines owed) {
    return owed.letters.render(LetterKind.DEMAND, owed.owedCase, LETTER_DATE).docx();
  }

  private static ServiceLine line(String id, String service) {
    return new ServiceLine(id, service, Grid.C, "Provider", 2, 30, Period.WEEK, null, null, null);
  }

  private static Case caseOf(List<ServiceLine> lines, List<ServiceLogEntry> logs) {
    Address address = new Address("1 Example Street", null, "Springfield", "MA", "01105");
    SchoolCalendar calendar = new SchoolCalendar(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 6, 16),
        new ArrayList<>(List.of(new Closure(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27), "Recess"))));
    District district = new District("Example Public Schools", address, new ArrayList<>(List.of(
        new Contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR, "Pat Example", "director@example.org"),
        new Contact(ContactRole.TEAM_CHAIR, "Lee Example", "chair@example.org"))), calendar);
    return new Case(
        new Student("Sam", "Example", LocalDate.of(2016, 3, 14), null, "4", "Example Elementary School", null, null),
        new Guardian("Alex Example", Relationship.PARENT, address, "alex@example.org", null, null),
        district, new Iep(START, END, START.minusDays(10), new ArrayList<>(lines)), null, new ArrayList<>(logs),
        null, new ArrayList<>(), new ArrayList<>(), null);
  }
}
