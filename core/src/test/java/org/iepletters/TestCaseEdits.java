package org.iepletters;

import java.util.ArrayList;
import java.util.List;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.Correspondence;
import org.iepletters.model.District;
import org.iepletters.model.Guardian;
import org.iepletters.model.Iep;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.Student;

/** Small changes to a sample case, for tests. */
public final class TestCaseEdits {
  private TestCaseEdits() {}

  /** The case signed by a guardian of another name. */
  public static Case withGuardianName(Case c, String name) {
    Guardian g = c.guardian();
    return withGuardian(c, new Guardian(name, g.relationship(), g.address(), g.email(), g.phone(), g.language()));
  }

  /** The case signed by someone of another relationship. */
  public static Case withRelationship(Case c, Relationship relationship) {
    Guardian g = c.guardian();
    return withGuardian(c, new Guardian(g.name(), relationship, g.address(), g.email(), g.phone(), g.language()));
  }

  /** The case whose signer's primary language is the one given (or none). */
  public static Case withLanguage(Case c, String language) {
    Guardian g = c.guardian();
    return withGuardian(c, new Guardian(g.name(), g.relationship(), g.address(), g.email(), g.phone(), language));
  }

  /** The case with other district contacts. */
  public static Case withContacts(Case c, List<Contact> contacts) {
    District d = c.district();
    return new Case(c.student(), c.guardian(), new District(d.name(), d.address(), contacts, d.calendar(), d.calendars(), d.esyCalendars()), c.iep(),
        c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case with another next Team meeting date. */
  public static Case withNextTeamMeeting(Case c, java.time.LocalDate meeting) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), meeting,
        c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case with the student's pronouns changed. */
  public static Case withPronouns(Case c, Pronouns pronouns) {
    Student s = c.student();
    return withStudent(c, new Student(s.firstName(), s.lastName(), s.dateOfBirth(), pronouns, s.grade(), s.school(),
        s.stateId(), s.address()));
  }

  /** The case with another date of birth, such as one that makes the student 18. */
  public static Case withDateOfBirth(Case c, java.time.LocalDate dateOfBirth) {
    Student s = c.student();
    return withStudent(c, new Student(s.firstName(), s.lastName(), dateOfBirth, s.pronouns(), s.grade(), s.school(),
        s.stateId(), s.address()));
  }

  /** The case with the student living at an address of their own. */
  public static Case withStudentAddress(Case c, Address address) {
    Student s = c.student();
    return withStudent(c, new Student(s.firstName(), s.lastName(), s.dateOfBirth(), s.pronouns(), s.grade(),
        s.school(), s.stateId(), address));
  }

  /** The case with other correspondence. */
  public static Case withCorrespondence(Case c, List<Correspondence> correspondence) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), correspondence, c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case with other concerns in the parent's words, or none. */
  public static Case withConcerns(Case c, String concerns) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), concerns,
        c.logsThrough(), c.bseaCase());
  }

  /** The case with another name for one service line of the accepted IEP. */
  public static Case withServiceName(Case c, int index, String service) {
    Iep iep = c.iep();
    List<ServiceLine> lines = new ArrayList<>(iep.services());
    ServiceLine l = lines.get(index);
    lines.set(index, new ServiceLine(l.id(), service, l.grid(), l.provider(), l.sessions(), l.minutes(), l.per(),
        l.cycleDays(), l.start(), l.end()));
    return new Case(c.student(), c.guardian(), c.district(), new Iep(iep.start(), iep.end(), iep.acceptedOn(), lines),
        c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case with other words for one refused request. */
  public static Case withRefusedRequestText(Case c, int index, String request) {
    List<RefusedRequest> refused = new ArrayList<>(c.refusedRequests());
    RefusedRequest r = refused.get(index);
    refused.set(index, new RefusedRequest(r.date(), request, r.kind(), r.requestedOn()));
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), refused, c.concerns(), c.logsThrough(), c.bseaCase());
  }

  private static Case withStudent(Case c, Student s) {
    return new Case(s, c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  private static Case withGuardian(Case c, Guardian g) {
    return new Case(c.student(), g, c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }
}
