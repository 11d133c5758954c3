package org.iepletters.samples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iepletters.io.CaseFileException;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;

/** Reads a case file, turning every problem with it into bad input. */
final class CaseInput {
  private CaseInput() {}

  /**
   * Reads a valid case.
   *
   * @param file the case file
   * @return the case
   * @throws BadInputException when the file cannot be read, with one line per problem: {@code path: message}
   *     for each violation, "the case file …" for a problem of the whole file; never the file's name
   */
  static Case read(Path file) {
    try {
      return CaseFiles.read(file);
    } catch (CaseFileException e) {
      // the case file's name may hold a child's name: the user knows which file they gave
      throw new BadInputException(e.getMessage());
    } catch (InvalidCaseException e) {
      List<String> lines = new ArrayList<>();
      for (Violation v : e.violations()) {
        lines.add(v.path().isEmpty() ? "the case file " + v.message() : v.toString());
      }
      throw new BadInputException(lines);
    }
  }
}
