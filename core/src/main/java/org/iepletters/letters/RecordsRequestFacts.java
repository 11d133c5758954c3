package org.iepletters.letters;

import java.util.List;

/**
 * What the records request states.
 *
 * @param iepStart the first day of the accepted IEP, written out
 * @param iepAcceptedOn the date the IEP was accepted, written out
 * @param services the service lines of the accepted IEP whose logs are requested
 * @param recordsAccessDue the date access is due, written out
 * @param teamMeeting the next Team meeting when it is after the letter date, written out, or {@code null}
 */
public record RecordsRequestFacts(
    String iepStart, String iepAcceptedOn, List<Service> services, String recordsAccessDue, String teamMeeting)
    implements LetterFacts {

  /**
   * Copies the list once.
   *
   * @param iepStart the first day of the accepted IEP, written out
   * @param iepAcceptedOn the date the IEP was accepted, written out
   * @param services the service lines of the accepted IEP whose logs are requested
   * @param recordsAccessDue the date access is due, written out
   * @param teamMeeting the next Team meeting when it is after the letter date, written out, or {@code null}
   */
  public RecordsRequestFacts {
    services = List.copyOf(services);
  }

  /**
   * One service line of the IEP.
   *
   * @param service what the service is, as the IEP names it
   * @param provider who provides it
   * @param grid the grid section's letter, {@code A}, {@code B} or {@code C}
   * @param sessions sessions per period
   * @param minutes minutes per session
   * @param period the period's constant name: {@code WEEK}, {@code CYCLE} or {@code MONTH}
   * @param cycleDays school days per cycle, or {@code null}
   */
  public record Service(
      String service, String provider, String grid, Integer sessions, Integer minutes, String period,
      Integer cycleDays) {}
}
