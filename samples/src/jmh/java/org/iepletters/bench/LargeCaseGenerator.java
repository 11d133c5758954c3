package org.iepletters.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a large synthetic case file as JSON text, in the shape of the case file (SPEC section 3),
 * for the ledger and plan benchmarks: {@value #SERVICE_LINES} service lines and any number of
 * service log entries spread evenly over the school days of 2026-27. The same arguments give the
 * same text. The people, the school and the district are fictional; e-mail addresses are on
 * example.org.
 *
 * <p>Run it to write a file for the command: {@code java -cp samples/target/benchmarks.jar
 * org.iepletters.bench.LargeCaseGenerator 20000 large-20000.json}.
 */
public final class LargeCaseGenerator {

  /** The number of service lines in the case. */
  public static final int SERVICE_LINES = 40;

  /** The case sizes the growth of the ledger's time is measured over, in log entries. */
  public static final List<Integer> ENTRY_COUNTS = List.of(2_000, 20_000, 200_000);

  /** The size the targets are stated for, in log entries. */
  public static final int TARGET_ENTRIES = 20_000;

  /** The as-of date for the ledger and the plan: the last day of the school year. */
  public static final LocalDate AS_OF = LocalDate.of(2027, 6, 16);

  private static final LocalDate IEP_START = LocalDate.of(2026, 9, 8);
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 31);

  /** Closures of the school calendar, as from-to pairs, both inclusive. */
  private static final LocalDate[][] CLOSURES = {
      {LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)},
      {LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1)},
      {LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)},
      {LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 23)},
  };

  /** Massachusetts legal holidays of the school year that fall outside the closures. */
  private static final Set<LocalDate> HOLIDAYS = Set.of(
      LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
      LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 31));

  private static final String[] SERVICES = {
      "Speech-language therapy", "Occupational therapy", "Physical therapy",
      "Specialized reading instruction", "Specialized math instruction", "Counseling",
      "Social skills group", "Behavior consultation", "Assistive technology consultation",
      "Written expression support"};

  private static final String[] PROVIDERS = {
      "Speech-language pathologist", "Occupational therapist", "Physical therapist",
      "Special education teacher", "Special education teacher", "School adjustment counselor",
      "School psychologist", "Board certified behavior analyst", "Assistive technology specialist",
      "Special education teacher"};

  private LargeCaseGenerator() {}

  /**
   * The case file for a number of log entries.
   *
   * @param entries how many service log entries, 0 or more
   * @return the case file as JSON text
   */
  public static String json(int entries) {
    if (entries < 0) {
      throw new IllegalArgumentException("entries must be 0 or more");
    }
    StringBuilder json = new StringBuilder(256 + entries * 90);
    json.append("{\n");
    json.append("  \"student\": {\"firstName\": \"Avery\", \"lastName\": \"Testcase\", ")
        .append("\"dateOfBirth\": \"2015-02-10\", \"pronouns\": \"they\", \"grade\": \"5\", ")
        .append("\"school\": \"Example Valley Elementary School\", \"stateId\": \"1000000001\"},\n");
    json.append("  \"guardian\": {\"name\": \"Jordan Testcase\", \"relationship\": \"parent\", ")
        .append("\"address\": {\"street\": \"1 Sample Road\", \"city\": \"Exampleton\", ")
        .append("\"state\": \"MA\", \"postalCode\": \"01000\"}, ")
        .append("\"email\": \"jordan.testcase@example.org\", \"phone\": \"413-555-0199\"},\n");
    json.append("  \"district\": {\"name\": \"Example Regional School District\", ")
        .append("\"address\": {\"street\": \"100 District Way\", \"city\": \"Exampleton\", ")
        .append("\"state\": \"MA\", \"postalCode\": \"01000\"},\n")
        .append("    \"contacts\": [")
        .append("{\"role\": \"SPECIAL_EDUCATION_DIRECTOR\", \"name\": \"Casey Director\", ")
        .append("\"email\": \"director@example.org\"}, ")
        .append("{\"role\": \"TEAM_CHAIR\", \"name\": \"Morgan Chair\", \"email\": \"chair@example.org\"}, ")
        .append("{\"role\": \"PRINCIPAL\", \"name\": \"Riley Principal\", \"email\": \"principal@example.org\"}],\n")
        .append("    \"calendar\": {\"firstDay\": \"").append(FIRST_DAY).append("\", \"lastDay\": \"")
        .append(AS_OF).append("\", \"closures\": [");
    for (int i = 0; i < CLOSURES.length; i++) {
      json.append(i == 0 ? "" : ", ")
          .append("{\"from\": \"").append(CLOSURES[i][0]).append("\", \"to\": \"")
          .append(CLOSURES[i][1]).append("\", \"reason\": \"Vacation\"}");
    }
    json.append("]}},\n");
    json.append("  \"iep\": {\"start\": \"").append(IEP_START)
        .append("\", \"end\": \"2027-09-07\", \"acceptedOn\": \"2026-06-18\", \"services\": [\n");
    for (int line = 0; line < SERVICE_LINES; line++) {
      appendServiceLine(json, line);
      json.append(line < SERVICE_LINES - 1 ? ",\n" : "\n");
    }
    json.append("  ]},\n");
    json.append("  \"serviceLogs\": [\n");
    appendLogEntries(json, entries);
    json.append("  ],\n");
    json.append("  \"nextTeamMeeting\": \"2027-01-20\",\n");
    json.append("  \"concerns\": \"A synthetic case for benchmarks.\"\n");
    json.append("}\n");
    return json.toString();
  }

  /**
   * Writes the case file for a number of log entries to a file, or to standard output.
   *
   * @param args the number of entries (default {@value #TARGET_ENTRIES}), then an optional path
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : TARGET_ENTRIES;
    byte[] bytes = json(entries).getBytes(UTF_8);
    if (args.length > 1) {
      Files.write(Path.of(args[1]), bytes);
    } else {
      OutputStream out = System.out;
      out.write(bytes);
      out.flush();
    }
  }

  private static void appendServiceLine(StringBuilder json, int line) {
    int kind = line % SERVICES.length;
    String per = switch (line % 4) {
      case 0, 1 -> "WEEK";
      case 2 -> "CYCLE";
      default -> "MONTH";
    };
    json.append("    {\"id\": \"line-").append(line + 1 < 10 ? "0" : "").append(line + 1)
        .append("\", \"service\": \"").append(SERVICES[kind]).append(" (").append(line / SERVICES.length + 1)
        .append(")\", \"grid\": \"").append("ABC".charAt(line % 3))
        .append("\", \"provider\": \"").append(PROVIDERS[kind])
        .append("\", \"sessions\": ").append(1 + line % 3)
        .append(", \"minutes\": ").append(minutes(line))
        .append(", \"per\": \"").append(per).append('"');
    if (per.equals("CYCLE")) {
      json.append(", \"cycleDays\": 6");
    }
    json.append('}');
  }

  private static int minutes(int line) {
    return 15 + 15 * (line % 4);
  }

  private static void appendLogEntries(StringBuilder json, int entries) {
    List<LocalDate> schoolDays = schoolDays();
    int perLine = (entries + SERVICE_LINES - 1) / SERVICE_LINES;
    SplittableRandom random = new SplittableRandom(2026);
    for (int i = 0; i < entries; i++) {
      int line = i % SERVICE_LINES;
      // each line's entries are spread evenly over the year, several a day when there are many
      LocalDate date = schoolDays.get((int) ((long) (i / SERVICE_LINES) * schoolDays.size() / perLine));
      int draw = random.nextInt(100);
      String status;
      int minutes;
      String note = null;
      if (draw < 80) {
        status = "DELIVERED";
        minutes = minutes(line);
      } else if (draw < 90) {
        status = "CANCELLED";
        minutes = 0;
        note = draw < 85 ? "Provider absent" : "Schedule conflict";
      } else if (draw < 96) {
        status = "STUDENT_ABSENT";
        minutes = 0;
      } else {
        status = "MAKEUP";
        minutes = minutes(line);
        note = "Make-up session";
      }
      json.append("    {\"service\": \"line-").append(line + 1 < 10 ? "0" : "").append(line + 1)
          .append("\", \"date\": \"").append(date)
          .append("\", \"minutes\": ").append(minutes)
          .append(", \"status\": \"").append(status).append('"');
      if (note != null) {
        json.append(", \"note\": \"").append(note).append('"');
      }
      json.append(i < entries - 1 ? "},\n" : "}\n");
    }
  }

  private static List<LocalDate> schoolDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = IEP_START; !day.isAfter(AS_OF); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
          && !HOLIDAYS.contains(day) && !closed(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private static boolean closed(LocalDate day) {
    for (LocalDate[] closure : CLOSURES) {
      if (!day.isBefore(closure[0]) && !day.isAfter(closure[1])) {
        return true;
      }
    }
    return false;
  }
}
