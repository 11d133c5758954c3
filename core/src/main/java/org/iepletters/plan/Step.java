package org.iepletters.plan;

import java.time.LocalDate;

/**
 * One step or option of the plan: a letter, the window to send it in, and why.
 *
 * @param letter the letter, by the command's letter name
 * @param from the first date on which it should be sent
 * @param by the last date on which it keeps its full effect, or {@code null} when no date limits it
 * @param why the reason in plain English, without personal data
 * @param awaitsAnswer whether it waits for the district's answer to an earlier letter (its {@code from} is the
 *     day after that answer is due); such a step is not written before then
 */
public record Step(PlanLetter letter, LocalDate from, LocalDate by, String why, boolean awaitsAnswer) {}
