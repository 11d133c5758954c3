package org.iepletters.samples.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.iepletters.IepLetters;
import org.iepletters.IepLettersException;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.plan.Situation;
import org.iepletters.validation.InvalidCaseException;

/** Reads a case file and writes every letter that applies to it on a date: {@code CASE-FILE YYYY-MM-DD FOLDER}. */
public final class WriteLetters {

  /** Hibernate Validator writes its version here once per JVM; held in a field, the logger keeps its level. */
  private static final Logger VALIDATOR_VERSION = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private WriteLetters() {}

  /**
   * What was written, and why.
   *
   * @param owedMinutes the minutes the service logs show owed on the date
   * @param situations where the case stands
   * @param letters the files written, one per letter that applies
   */
  public record Written(long owedMinutes, List<Situation> situations, List<Path> letters) {}

  /**
   * Writes the letters that apply on a date, one {@code .docx} file each.
   *
   * @param caseFile a JSON or YAML case file
   * @param date the letters' date: the ledger, the plan and every deadline count from it
   * @param folder where the letters go; it is created when missing
   * @return the files written, with the figures behind them
   * @throws InvalidCaseException when the case breaks a rule: {@code violations()} lists each, with its path
   * @throws IepLettersException when the library cannot do its work; every exception it throws is one
   * @throws IOException when a letter cannot be written
   */
  public static Written write(Path caseFile, LocalDate date, Path folder) throws IOException {
    Case c = CaseFiles.read(caseFile);                  // read(Path), read(InputStream, Format), parse(String, Format)
    ServiceLedger ledger = ServiceLedger.of(c, date);   // the minutes owed, as the letters state them
    EscalationPlan plan = EscalationPlan.of(c, date);   // situations, steps and deadlines
    IepLetters letters = IepLetters.defaults();         // immutable and thread-safe: share one
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (LetterKind kind : LetterKind.values()) {
      if (Applicability.check(kind, c, date).isEmpty()) {  // otherwise it holds the reason the letter does not apply
        Letter letter = letters.render(kind, c, date);
        Path file = folder.resolve(kind.cliName() + ".docx");
        letter.writeTo(file);                           // the whole file or none
        written.add(file);
      }
    }
    return new Written(ledger.totalOwedMinutes(), plan.situations(), written);
  }

  /**
   * Writes the letters of a case file.
   *
   * @param args the case file, the date and the folder
   * @throws IOException when a letter cannot be written
   */
  public static void main(String[] args) throws IOException {
    VALIDATOR_VERSION.setLevel(Level.WARNING);
    write(Path.of(args[0]), LocalDate.parse(args[1]), Path.of(args[2]));
  }
}
