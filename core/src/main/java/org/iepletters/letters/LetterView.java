package org.iepletters.letters;

import java.util.List;

/**
 * Everything a letter template may print, as text already formatted for a US English letter.
 *
 * <p>A {@code null} component means "not known": templates test it with {@code #if} before printing
 * it, and printing a {@code null} is an error.
 *
 * @param kind the letter's command name, such as {@code records-request}
 * @param sender the person who signs, with contact details
 * @param date the letter date written out without its weekday, such as {@code December 4, 2026}
 * @param addressees the people the letter is addressed to, in order; empty when it is addressed to an office
 * @param recipient the organisation whose address the letter's address block shows: the district, or for a
 *     complaint the state office it is filed with
 * @param district the district the case is about
 * @param re the facts of the {@code Re:} line
 * @param signature the typed signature
 * @param enclosures what is enclosed, in order; may be empty
 * @param cc the people who receive a copy; may be empty
 * @param emailedTo everyone named as an addressee or in {@code cc} whose e-mail address is known, in that order
 * @param mailedTo everyone named as an addressee or in {@code cc} without a known e-mail address, in that order
 * @param language the signer's primary language when it is set and is not English, as typed, or {@code null}
 * @param child the words for the child, from pronouns and the signer's relationship
 * @param facts the facts only this kind of letter states
 */
public record LetterView(
    String kind,
    Sender sender,
    String date,
    List<Person> addressees,
    Organisation recipient,
    Organisation district,
    Re re,
    Signature signature,
    List<String> enclosures,
    List<Person> cc,
    List<Person> emailedTo,
    List<Person> mailedTo,
    String language,
    ChildWords child,
    LetterFacts facts) {

  /**
   * Copies the lists once.
   *
   * @param kind the letter's command name, such as {@code records-request}
   * @param sender the person who signs, with contact details
   * @param date the letter date written out without its weekday, such as {@code December 4, 2026}
   * @param addressees the people the letter is addressed to, in order; empty when it is addressed to an office
   * @param recipient the organisation whose address the letter's address block shows: the district, or for a complaint
   *     the state office it is filed with
   * @param district the district the case is about
   * @param re the facts of the {@code Re:} line
   * @param signature the typed signature
   * @param enclosures what is enclosed, in order; may be empty
   * @param cc the people who receive a copy; may be empty
   * @param emailedTo everyone named as an addressee or in {@code cc} whose e-mail address is known, in that order
   * @param mailedTo everyone named as an addressee or in {@code cc} without a known e-mail address, in that order
   * @param language the signer's primary language when it is set and is not English, as typed, or {@code null}
   * @param child the words for the child, from pronouns and the signer's relationship
   * @param facts the facts only this kind of letter states
   */
  public LetterView {
    addressees = List.copyOf(addressees);
    enclosures = List.copyOf(enclosures);
    cc = List.copyOf(cc);
    emailedTo = List.copyOf(emailedTo);
    mailedTo = List.copyOf(mailedTo);
  }

  /**
   * The person who signs.
   *
   * @param name full name
   * @param addressLines the postal address, one line each
   * @param email e-mail address, or {@code null}
   * @param phone telephone number, or {@code null}
   */
  public record Sender(String name, List<String> addressLines, String email, String phone) {
    /**
     * Copies the list once.
     *
     * @param name full name
     * @param addressLines the postal address, one line each
     * @param email e-mail address, or {@code null}
     * @param phone telephone number, or {@code null}
     */
    public Sender {
      addressLines = List.copyOf(addressLines);
    }
  }

  /**
   * A person at the district.
   *
   * @param name full name
   * @param role the role's constant name, such as {@code SPECIAL_EDUCATION_DIRECTOR}
   * @param email e-mail address, or {@code null}
   */
  public record Person(String name, String role, String email) {}

  /**
   * An organisation with its postal address.
   *
   * @param name its name
   * @param addressLines the postal address, one line each
   */
  public record Organisation(String name, List<String> addressLines) {
    /**
     * Copies the list once.
     *
     * @param name its name
     * @param addressLines the postal address, one line each
     */
    public Organisation {
      addressLines = List.copyOf(addressLines);
    }
  }

  /**
   * The facts of the {@code Re:} line.
   *
   * @param subject what the letter is about, such as {@code Request for access to and copies of the student record}
   * @param studentName the student's full name
   * @param dateOfBirth the date of birth written out
   * @param school the school the student attends
   * @param grade the grade, or {@code null}
   * @param stateId the SASID, or {@code null}
   */
  public record Re(String subject, String studentName, String dateOfBirth, String school, String grade, String stateId) {}

  /**
   * The typed signature.
   *
   * @param name the signer's full name
   * @param relationship the relationship's constant name, such as {@code PARENT}
   * @param studentName the student's full name
   * @param eligibleStudent whether the student signs for themself
   */
  public record Signature(String name, String relationship, String studentName, boolean eligibleStudent) {}
}
