package org.iepletters.model;

import java.time.LocalDate;

/**
 * One entry of the service delivery logs.
 *
 * @param service the id of the accepted IEP's service line
 * @param date the date of the session
 * @param minutes minutes delivered
 * @param status what happened
 * @param note a note, or {@code null}
 */
public record ServiceLogEntry(String service, LocalDate date, Integer minutes, LogStatus status, String note) {}
