package org.iepletters.samples.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;

/**
 * An organisation's own look and words: its {@code reference.docx} (letterhead, fonts, footer) and its own
 * version of one template; every template it does not override falls back to the built-in one.
 *
 * <p>Use this when an advocacy organisation sends letters on its own letterhead, or words a letter its own way.
 * A template folder holds files named like the built-ins ({@code records-request.md.vm}, {@code macros.vm}).
 */
public final class CustomLetterhead {
  private CustomLetterhead() {}

  /**
   * Builds letters with an organisation's reference document and template folder.
   *
   * @param referenceDocx the organisation's reference document; its styles dress every letter
   * @param templateFolder the organisation's templates, overriding built-ins of the same name
   * @return the entry object to share
   */
  public static IepLetters organisationLetters(Path referenceDocx, Path templateFolder) {
    return IepLetters.builder()
        .referenceDocx(referenceDocx)
        .templateFolder(templateFolder)
        .build();
  }

  /**
   * Writes the records request of a case with an organisation's look.
   *
   * @param args the reference document, the template folder, the case file and the output file
   * @throws Exception when the files cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    IepLetters letters = organisationLetters(Path.of(args[0]), Path.of(args[1]));
    Letter letter = letters.render(LetterKind.RECORDS_REQUEST, CaseFiles.read(Path.of(args[2])), LocalDate.now());
    letter.writeTo(Path.of(args[3]));
  }
}
