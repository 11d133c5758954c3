package org.iepletters.model;

import java.time.LocalDate;
import org.iepletters.LetterKind;

/**
 * A letter already sent, or a reply received.
 *
 * @param date when it was sent or received
 * @param direction sent by the parent, or received from the district
 * @param letter which letter was sent; {@code null} for a reply
 * @param note what it was
 */
public record Correspondence(LocalDate date, Direction direction, LetterKind letter, String note) {}
