package org.iepletters.samples.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.validation.InvalidCaseException;

/**
 * Rendering letters inside a service: one shared, thread-safe {@link IepLetters}, warmed up at start-up, and
 * {@code .docx} bytes out per request.
 *
 * <p>Use this shape in a web service or a queue worker. Run it with a case file and an output folder:
 * {@code java -cp samples/target/iep-letters.jar org.iepletters.samples.examples.RenderInAService CASE OUT}.
 */
public final class RenderInAService {

  // one instance for the whole service: immutable, thread-safe, templates parsed once
  private final IepLetters letters = IepLetters.builder().build().warmUp();

  /**
   * Renders the demand letter of a case, as a request handler would.
   *
   * @param caseFile a JSON or YAML case file
   * @param letterDate the date the letter is sent
   * @return the .docx bytes
   * @throws InvalidCaseException when the case file breaks a rule; every violation is listed with its path
   */
  public byte[] demandLetter(Path caseFile, LocalDate letterDate) {
    Case c = CaseFiles.read(caseFile);
    Letter demand = letters.render(LetterKind.DEMAND, c, letterDate);
    return demand.docx();
  }

  /**
   * Writes the demand letter and prints the figures it states.
   *
   * @param args the case file and an output folder
   * @throws Exception when the files cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Path caseFile = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    LocalDate asOf = LocalDate.of(2026, 11, 13);

    // read, compute, render, write
    Case c = CaseFiles.read(caseFile);                      // valid, or one exception listing every violation
    ServiceLedger ledger = ServiceLedger.of(c, asOf);       // the figures letters state
    EscalationPlan plan = EscalationPlan.of(c, asOf);       // situations, steps, deadlines
    Letter demand = IepLetters.builder().build().render(LetterKind.DEMAND, c, asOf);
    demand.writeTo(out.resolve("demand.docx"));             // atomic: never a partial file

    System.out.println(ledger.totalOwedMinutes() + " minutes owed; situations " + plan.situations());
    System.out.println(new RenderInAService().demandLetter(caseFile, asOf).length + " bytes rendered in service");
  }
}
