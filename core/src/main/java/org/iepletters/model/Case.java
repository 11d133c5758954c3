package org.iepletters.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.iepletters.validation.ConsistentCase;
import org.iepletters.validation.DatesInRange;
import org.iepletters.validation.XmlSafeText;

/**
 * A child's special-education case: everything the letters and computations read.
 *
 * <p>Build one in code, or read and validate one with {@code CaseFiles}. The constructor never
 * rejects a value: validation reports every problem of a case at once. Every text anywhere in a case must
 * hold only characters XML 1.0 allows, and every date must be from 1900-01-01 to 2199-12-31.
 *
 * @param student the child
 * @param guardian the person who signs the letters
 * @param district the school district
 * @param iep the last accepted IEP
 * @param proposedIep a proposed IEP not yet accepted, or {@code null}
 * @param serviceLogs the service delivery log entries
 * @param nextTeamMeeting the date of the next scheduled Team meeting, or {@code null}
 * @param correspondence letters already sent and replies received
 * @param refusedRequests requests the district has refused
 * @param concerns the parent's own words, or {@code null}
 * @param logsThrough the last date the service delivery logs cover, or {@code null}
 * @param bseaCase a hearing request already pending at the BSEA, or {@code null}
 */
@XmlSafeText
@DatesInRange
@ConsistentCase
public record Case(
    @NotNull(message = "is required") @Valid Student student,
    @NotNull(message = "is required") @Valid Guardian guardian,
    @NotNull(message = "is required") @Valid District district,
    @NotNull(message = "is required") @Valid Iep iep,
    @Valid ProposedIep proposedIep,
    List<@NotNull(message = "is required") @Valid ServiceLogEntry> serviceLogs,
    LocalDate nextTeamMeeting,
    List<@NotNull(message = "is required") @Valid Correspondence> correspondence,
    List<@NotNull(message = "is required") @Valid RefusedRequest> refusedRequests,
    String concerns,
    LocalDate logsThrough,
    @Valid BseaCase bseaCase) {

  /**
   * Copies the lists once; a missing list is empty.
   *
   * @param student the child
   * @param guardian the person who signs the letters
   * @param district the school district
   * @param iep the last accepted IEP
   * @param proposedIep a proposed IEP not yet accepted, or {@code null}
   * @param serviceLogs the service delivery log entries
   * @param nextTeamMeeting the date of the next scheduled Team meeting, or {@code null}
   * @param correspondence letters already sent and replies received
   * @param refusedRequests requests the district has refused
   * @param concerns the parent's own words, or {@code null}
   * @param logsThrough the last date the service delivery logs cover, or {@code null}
   * @param bseaCase a hearing request already pending at the BSEA, or {@code null}
   */
  public Case {
    serviceLogs = Lists.copy(serviceLogs);
    correspondence = Lists.copy(correspondence);
    refusedRequests = Lists.copy(refusedRequests);
  }

  /**
   * A case whose logs cover no stated date and with no BSEA case pending.
   *
   * @param student the child
   * @param guardian the person who signs the letters
   * @param district the school district
   * @param iep the last accepted IEP
   * @param proposedIep a proposed IEP, or {@code null}
   * @param serviceLogs the service delivery log entries
   * @param nextTeamMeeting the next Team meeting, or {@code null}
   * @param correspondence letters sent and replies received
   * @param refusedRequests requests the district has refused
   * @param concerns the parent's own words, or {@code null}
   */
  public Case(Student student, Guardian guardian, District district, Iep iep, ProposedIep proposedIep,
      List<ServiceLogEntry> serviceLogs, LocalDate nextTeamMeeting, List<Correspondence> correspondence,
      List<RefusedRequest> refusedRequests, String concerns) {
    this(student, guardian, district, iep, proposedIep, serviceLogs, nextTeamMeeting, correspondence,
        refusedRequests, concerns, null, null);
  }
}
