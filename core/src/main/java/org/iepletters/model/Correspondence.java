package org.iepletters.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.iepletters.LetterKind;
import org.iepletters.validation.ConsistentCorrespondence;

/**
 * A letter already sent, or a reply received.
 *
 * @param date when it was sent or received
 * @param direction sent by the parent, or received from the district
 * @param letter which letter was sent; required when sent, {@code null} for a reply
 * @param note what it was
 */
@ConsistentCorrespondence
public record Correspondence(
    @NotNull(message = "is required") LocalDate date,
    @NotNull(message = "is required") Direction direction,
    LetterKind letter,
    @NotBlank(message = "is required") String note) {}
