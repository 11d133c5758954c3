package org.iepletters.plan;

import java.time.LocalDate;
import org.iepletters.LetterKind;

/**
 * One step of the plan: a letter to send, by when, and why.
 *
 * @param letter the letter
 * @param sendBy the date to send it by
 * @param why the reason in plain English, without personal data
 */
public record Step(LetterKind letter, LocalDate sendBy, String why) {}
