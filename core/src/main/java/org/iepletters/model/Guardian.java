package org.iepletters.model;

/**
 * The person who signs the letters.
 *
 * @param name full name
 * @param relationship relationship to the student
 * @param address postal address
 * @param email e-mail address, or {@code null}
 * @param phone telephone number, or {@code null}
 * @param language primary language when it is not English, or {@code null}
 */
public record Guardian(
    String name,
    Relationship relationship,
    Address address,
    String email,
    String phone,
    String language) {}
