package org.iepletters.model;

/**
 * A postal address in the United States.
 *
 * @param street street and number
 * @param unit apartment or unit, or {@code null}
 * @param city city or town
 * @param state two-letter state code
 * @param postalCode ZIP code, {@code NNNNN} or {@code NNNNN-NNNN}
 */
public record Address(String street, String unit, String city, String state, String postalCode) {}
