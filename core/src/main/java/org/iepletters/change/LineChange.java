package org.iepletters.change;

import org.iepletters.model.ServiceLine;

/**
 * The change of one service line, matched by id.
 *
 * @param id the service line's id
 * @param kind how it changes
 * @param accepted the line of the accepted IEP, or {@code null} when {@link ChangeKind#ADDED}
 * @param proposed the proposed line, or {@code null} when {@link ChangeKind#REMOVED}
 * @param acceptedWeekly the accepted line's exact minutes per week, or {@code null} when added
 * @param proposedWeekly the proposed line's exact minutes per week, or {@code null} when removed
 */
public record LineChange(
    String id,
    ChangeKind kind,
    ServiceLine accepted,
    ServiceLine proposed,
    WeeklyMinutes acceptedWeekly,
    WeeklyMinutes proposedWeekly) {}
