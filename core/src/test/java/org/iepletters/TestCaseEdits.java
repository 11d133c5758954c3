package org.iepletters;

import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.District;
import org.iepletters.model.Guardian;
import org.iepletters.model.Relationship;

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

  /** The case with other district contacts. */
  public static Case withContacts(Case c, List<Contact> contacts) {
    District d = c.district();
    return new Case(c.student(), c.guardian(), new District(d.name(), d.address(), contacts, d.calendar()), c.iep(),
        c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(), c.correspondence(), c.refusedRequests(), c.concerns());
  }

  /** The case with another next Team meeting date. */
  public static Case withNextTeamMeeting(Case c, java.time.LocalDate meeting) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), meeting,
        c.correspondence(), c.refusedRequests(), c.concerns());
  }

  private static Case withGuardian(Case c, Guardian g) {
    return new Case(c.student(), g, c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns());
  }
}
