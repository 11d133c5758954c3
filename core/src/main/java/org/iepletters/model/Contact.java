package org.iepletters.model;

/**
 * A person at the district.
 *
 * @param role what they do
 * @param name full name
 * @param email e-mail address, or {@code null}
 */
public record Contact(ContactRole role, String name, String email) {}
