package org.iepletters.plan;

import java.util.Arrays;
import java.util.Optional;
import org.iepletters.LetterKind;

/**
 * The letters a plan can name, by the command's letter names: the letters the library writes, and the Team
 * meeting, IEE and BSEA letters a plan lists whether or not this version writes them.
 */
public enum PlanLetter {
  /** Request for the student record. */
  RECORDS_REQUEST("records-request"),
  /** Demand to implement the IEP. */
  DEMAND("demand"),
  /** Complaint to the DESE Problem Resolution System. */
  PRS_COMPLAINT("prs-complaint"),
  /** Partial rejection of the proposed IEP. */
  PARTIAL_REJECTION("partial-rejection"),
  /** Request for written notice (N1/N2) and data. */
  WRITTEN_NOTICE_REQUEST("n2-data-request"),
  /** Request for an independent educational evaluation after a refusal. */
  IEE_REQUEST("iee-request"),
  /** Request for a Team meeting. */
  TEAM_MEETING_REQUEST("team-meeting-request"),
  /** Request for mediation at the BSEA. */
  BSEA_MEDIATION_REQUEST("bsea-mediation-request"),
  /** Request for a hearing at the BSEA. */
  BSEA_HEARING_REQUEST("bsea-hearing-request");

  private final String cliName;

  PlanLetter(String cliName) {
    this.cliName = cliName;
  }

  /** {@return the command's name of the letter, such as {@code n2-data-request}} */
  public String cliName() {
    return cliName;
  }

  /** {@return the letter the library writes under this name, when it writes one} */
  public Optional<LetterKind> letterKind() {
    return LetterKind.fromName(cliName).filter(k -> k.cliName().equals(cliName));
  }

  /**
   * The plan's name for a letter the library writes.
   *
   * @param kind the letter
   * @return the plan letter of the same command name
   * @throws IllegalArgumentException when the plan has no name for the letter; every {@link LetterKind} of this
   *     version has one
   */
  public static PlanLetter of(LetterKind kind) {
    return Arrays.stream(values()).filter(p -> p.cliName.equals(kind.cliName())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no plan letter for " + kind.cliName()));
  }

  /** Whether a letter the library writes has this name. */
  boolean names(LetterKind kind) {
    return kind != null && kind.cliName().equals(cliName);
  }
}
