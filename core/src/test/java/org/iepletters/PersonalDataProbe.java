package org.iepletters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.io.CaseFiles;
import org.iepletters.io.Format;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.Relationship;
import org.iepletters.plan.EscalationPlan;

/**
 * Run in a JVM of its own by {@link PersonalDataInLogsTest}: does everything that could leak a case's data into
 * a message or a log line, with every log level switched on, and prints every message, {@code toString} and
 * stack trace it meets. Every free-text field holds a marker; the test looks for the marker in the output.
 */
public final class PersonalDataProbe {

  static final String MARKER = "ZZMARKER";

  private PersonalDataProbe() {}

  public static void main(String[] args) throws Exception {
    Logger root = Logger.getLogger("");
    root.setLevel(Level.ALL);
    for (var handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    ConsoleHandler everything = new ConsoleHandler();
    everything.setLevel(Level.ALL);
    root.addHandler(everything);

    PrintStream out = System.out;
    int failures = 0;
    for (FreeTextCase base : FreeTextCase.ALL) {
      Map<String, String> marked = new LinkedHashMap<>();
      base.paths().forEach(path -> marked.put(path, MARKER + "-" + path));
      Case c = base.read(marked);
      out.println("ledger " + ServiceLedger.of(c, base.date).totalOwedMinutes());
      out.println("plan " + EscalationPlan.of(c, base.date).steps().size());
      for (LetterKind kind : LetterKind.values()) {
        try {
          Letter letter = IepLetters.defaults().render(kind, c, base.date);
          out.println("rendered " + letter);
          WordprocessingMLPackage.load(new java.io.ByteArrayInputStream(letter.docx()));
          out.println("pdf of " + letter.pdf().length + " bytes");
        } catch (RuntimeException e) {
          failures += report(out, "render " + kind + " of " + base, e);
        }
      }

      // invalid values in formatted fields, a forbidden character, an unknown service, an unknown field
      Map<String, String> invalid = new LinkedHashMap<>(marked);
      invalid.put("student.firstName", MARKER + "\u0000");
      String json = base.json(invalid)
          .replace("\"MA\"", "\"" + MARKER + "\"")
          .replace("\"TEAM_CHAIR\"", "\"" + MARKER + "_ROLE\"")
          .replaceFirst("\"postalCode\":\"[0-9-]+\"", "\"postalCode\":\"" + MARKER + "-1\"")
          .replaceFirst("\"email\":\"[^\"]+\"", "\"email\":\"" + MARKER + "@\"")
          .replaceFirst("\"minutes\":[0-9]+", "\"minutes\":\"" + MARKER + "\"")
          .replaceFirst("\"service\":\"[A-Za-z0-9_-]+\",\"date\"", "\"service\":\"" + MARKER + "-line\",\"date\"")
          .replaceFirst("\\{\"student\":", "{\"unknownField\":\"" + MARKER + "\",\"student\":")
          .replaceFirst("\"dateOfBirth\":\"[0-9-]+\"", "\"dateOfBirth\":\"" + MARKER + "\"");
      failures += expectFailure(out, "invalid JSON values of " + base, () -> CaseFiles.parse(json, Format.JSON));
      failures += expectFailure(out, "YAML of " + base,
          () -> CaseFiles.parse(json.replace("\"unknownField\"", "[" + MARKER + "]"), Format.YAML));
      failures += expectFailure(out, "JSON syntax of " + base,
          () -> CaseFiles.parse(json.substring(0, json.length() / 2) + MARKER + "}}}", Format.JSON));
    }

    Case speech = FreeTextCase.SPEECH.read(markedPaths(FreeTextCase.SPEECH));
    java.time.LocalDate date = FreeTextCase.SPEECH.date;
    failures += expectFailure(out, "letter that does not apply",
        () -> IepLetters.defaults().render(LetterKind.PARTIAL_REJECTION, speech, date));
    failures += expectFailure(out, "signed by a student under 18", () -> IepLetters.defaults()
        .render(LetterKind.DEMAND, TestCaseEdits.withRelationship(speech, Relationship.STUDENT), date));
    failures += expectFailure(out, "no director", () -> IepLetters.defaults().render(LetterKind.DEMAND,
        TestCaseEdits.withContacts(speech, List.of(new Contact(ContactRole.TEAM_CHAIR, MARKER + " Chair", null))),
        date));
    failures += expectFailure(out, "a forbidden character in a case built in code", () -> IepLetters.defaults()
        .render(LetterKind.DEMAND, TestCaseEdits.withGuardianName(speech, MARKER + "\u0007"), date));

    Path templates = Files.createTempDirectory("probe-templates-");
    try {
      for (String body : List.of("$letter.sender", "$letter.sender.name.length()", "$letter.sender.nameX",
          "#set($x = $letter.sender.name)$x.foo", "#foreach($a in $letter.addressees)$a.name.bar#end",
          "$letter.re.studentName$letter.re.nothing", "#include(\"$letter.sender.name\")",
          "#if($letter.sender.name == 1)x#end$letter.sender.name.class", "#set($n = $letter.sender.name)#parse($n)")) {
        Files.writeString(templates.resolve("records-request.md.vm"), "Dear reader,\n\n" + body + "\n");
        IepLetters custom = IepLetters.builder().templateFolder(templates).build();
        failures += expectFailure(out, "template " + body,
            () -> custom.render(LetterKind.RECORDS_REQUEST, speech, date));
      }
    } finally {
      Files.deleteIfExists(templates.resolve("records-request.md.vm"));
      Files.deleteIfExists(templates);
    }
    out.println("probe finished; unexpected failures: " + failures);
  }

  private static Map<String, String> markedPaths(FreeTextCase base) {
    Map<String, String> marked = new LinkedHashMap<>();
    base.paths().forEach(path -> marked.put(path, MARKER + "-" + path));
    return marked;
  }

  private static int report(PrintStream out, String what, Throwable e) {
    out.println("FAILED " + what);
    print(out, e);
    return e instanceof LetterNotApplicableException ? 0 : 1;
  }

  private static int expectFailure(PrintStream out, String what, Runnable action) {
    try {
      action.run();
      out.println("UNEXPECTED SUCCESS " + what);
      return 1;
    } catch (RuntimeException e) {
      out.println("expected failure: " + what);
      print(out, e);
      return 0;
    }
  }

  private static void print(PrintStream out, Throwable e) {
    out.println("message: " + e.getMessage());
    out.println("toString: " + e);
    out.println("localized: " + e.getLocalizedMessage());
    e.printStackTrace(out);
  }

}
