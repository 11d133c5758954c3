package org.iepletters.letters;

/**
 * How a letter refers to the child, from the child's pronouns and the signer's relationship: a parent
 * writes "my son", a guardian or surrogate writes the child's first name, an eligible student writes
 * in the first person.
 *
 * @param firstName the child's first name
 * @param fullName the child's full name
 * @param noun who the child is to the signer: {@code my son}, {@code my daughter}, {@code my child},
 *     the first name, or {@code I} for an eligible student
 * @param nounPossessive {@code my son's}, {@code Sam's}, or {@code my}
 * @param subject {@code he}, {@code she}, {@code they}, or {@code I}
 * @param object {@code him}, {@code her}, {@code them}, or {@code me}
 * @param possessive {@code his}, {@code her}, {@code their}, or {@code my}
 * @param subjectIs {@code he is}, {@code she is}, {@code they are}, or {@code I am}
 * @param eligibleStudent whether the student writes about themself
 */
public record ChildWords(
    String firstName,
    String fullName,
    String noun,
    String nounPossessive,
    String subject,
    String object,
    String possessive,
    String subjectIs,
    boolean eligibleStudent) {}
