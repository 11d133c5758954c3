package org.iepletters.ledger;

import java.time.LocalDate;

/**
 * A session the district cancelled, as its own log records it.
 *
 * @param date the date of the cancelled session
 * @param note the log's note as written, or {@code null}
 */
public record CancelledSession(LocalDate date, String note) {}
