package org.iepletters;

import java.util.Arrays;
import java.util.Optional;

/** The letters the library writes. */
public enum LetterKind {
  /** Request for the student record, service delivery logs included. */
  RECORDS_REQUEST("records-request", "Request for the student record"),
  /** Demand to resume services and plan compensatory services. */
  DEMAND("demand", "Demand to implement the IEP"),
  /** Complaint to the DESE Problem Resolution System. */
  PRS_COMPLAINT("prs-complaint", "Complaint to the Problem Resolution System"),
  /** Partial rejection of a proposed IEP, invoking stay-put. */
  PARTIAL_REJECTION("partial-rejection", "Partial rejection of the proposed IEP"),
  /** Request for the district's written notice (N1/N2) and the data behind it. */
  WRITTEN_NOTICE_REQUEST("n2-data-request", "Request for written notice and data"),
  /** Request for a Team meeting: compensatory services, rejected portions, an overdue annual review. */
  TEAM_MEETING_REQUEST("team-meeting-request", "Request for a Team meeting"),
  /** Request for an independent educational evaluation at public expense, answering a refusal. */
  IEE_REQUEST("iee-request", "Request for an independent educational evaluation"),
  /** Request for mediation at the Bureau of Special Education Appeals. */
  BSEA_MEDIATION_REQUEST("bsea-mediation-request", "Request for mediation at the BSEA"),
  /** Hearing request (due process complaint) to the Bureau of Special Education Appeals, with stay-put. */
  BSEA_HEARING_REQUEST("bsea-hearing-request", "Hearing request to the BSEA");

  private final String cliName;
  private final String title;

  LetterKind(String cliName, String title) {
    this.cliName = cliName;
    this.title = title;
  }

  /** {@return the name the command and case files use, such as {@code n2-data-request}} */
  public String cliName() {
    return cliName;
  }

  /** {@return a short title, used as the document title} */
  public String title() {
    return title;
  }

  /**
   * Whether the letter is filed with exhibits, so a {@link FilingPacket} can be made of it: the demand, the PRS
   * complaint and the BSEA hearing request.
   *
   * @return true for the letters a {@link FilingPacket} can be made of
   */
  public boolean filedWithExhibits() {
    return this == DEMAND || this == PRS_COMPLAINT || this == BSEA_HEARING_REQUEST;
  }

  /**
   * The kind with the given command name or enum name; case, spaces, {@code -} and {@code _} do not matter.
   *
   * @param name a name such as {@code prs-complaint} or {@code PRS_COMPLAINT}
   * @return the kind, or empty when none matches
   */
  public static Optional<LetterKind> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = normalise(name);
    return Arrays.stream(values())
        .filter(k -> normalise(k.cliName).equals(key) || normalise(k.name()).equals(key))
        .findFirst();
  }

  private static String normalise(String s) {
    return s.strip().replace('-', '_').replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
  }
}
