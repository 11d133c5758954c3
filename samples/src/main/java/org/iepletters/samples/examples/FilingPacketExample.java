package org.iepletters.samples.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.FilingPacket;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;

/**
 * A PRS complaint as an accessible PDF, and the same complaint as a filing packet with the parent's own PDFs
 * attached as exhibits, ready to upload to DESE's intake.
 */
public final class FilingPacketExample {
  private FilingPacketExample() {}

  /**
   * Writes {@code prs-complaint.pdf} and {@code prs-complaint-packet.pdf} into a folder.
   *
   * @param caseFile a JSON or YAML case file
   * @param date the date the complaint is filed
   * @param attachments the PDFs to attach, in order (Exhibit B, C, ...)
   * @param out the folder to write to
   * @return the packet
   * @throws IOException when a file cannot be written; nothing partial is left behind
   */
  public static FilingPacket write(Path caseFile, LocalDate date, List<Path> attachments, Path out)
      throws IOException {
    Case c = CaseFiles.read(caseFile);
    Letter complaint = IepLetters.defaults().render(LetterKind.PRS_COMPLAINT, c, date);
    complaint.writePdfToNew(out.resolve("prs-complaint.pdf"));      // tagged PDF/UA-1 and PDF/A-2a

    FilingPacket.Builder packet = FilingPacket.builder(complaint);
    attachments.forEach(packet::attach);                            // each checked: a readable PDF, no password
    FilingPacket built = packet.build();
    built.writeToNew(out.resolve("prs-complaint-packet.pdf"));       // the letter, then Exhibit B, C, ...
    return built;
  }
}
