package org.iepletters.model;

import java.time.LocalDate;

/**
 * A request the district refused.
 *
 * @param date when it was refused
 * @param request what was asked for
 */
public record RefusedRequest(LocalDate date, String request) {}
