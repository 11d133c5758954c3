package org.iepletters;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.Guardian;
import org.iepletters.model.Pronouns;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.RefusedRequest;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.Student;

/** The public case {@code budget-cut} and small changes to it, for the tests of the letters about a cut. */
final class CutLetterCases {
  /** The public case whose proposed IEP reduces speech and removes two services, with one refused request. */
  static final Case BUDGET_CUT = CaseFixtures.read("budget-cut");
  /** Its as-of date, Friday, November 13, 2026. */
  static final LocalDate AS_OF = CaseFixtures.asOf("budget-cut");

  private CutLetterCases() {}

  /** The case with other pronouns for the student. */
  static Case withPronouns(Pronouns pronouns) {
    Student s = BUDGET_CUT.student();
    return withStudent(new Student(s.firstName(), s.lastName(), s.dateOfBirth(), pronouns, s.grade(), s.school(),
        s.stateId(), s.address()));
  }

  /** The case signed by the student, who is 18 on the as-of date (born November 13, 2008). */
  static Case signedByEligibleStudent() {
    Student s = BUDGET_CUT.student();
    Case adult = withStudent(new Student(s.firstName(), s.lastName(), LocalDate.of(2008, 11, 13), s.pronouns(),
        "12", s.school(), s.stateId(), s.address()));
    return TestCaseEdits.withRelationship(adult, Relationship.STUDENT);
  }

  /** The case without a proposed IEP: only the refused request remains. */
  static Case withoutProposedIep() {
    Case c = BUDGET_CUT;
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), null, c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case with other refused requests (none for an empty list). */
  static Case withRefusedRequests(List<RefusedRequest> refused) {
    Case c = BUDGET_CUT;
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(),
        c.nextTeamMeeting(), c.correspondence(), refused, c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case whose signer gives a primary language. */
  static Case withGuardianLanguage(String language) {
    Case c = BUDGET_CUT;
    Guardian g = c.guardian();
    return new Case(c.student(), new Guardian(g.name(), g.relationship(), g.address(), g.email(), g.phone(), language),
        c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(), c.correspondence(),
        c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }

  /** The case whose proposed IEP carries the parent's reasons and other rejected portions. */
  static Case withProposalConcerns(String concerns, List<String> rejectedPortions) {
    Case c = BUDGET_CUT;
    ProposedIep p = c.proposedIep();
    ProposedIep proposed = new ProposedIep(p.proposedOn(), p.receivedOn(), p.start(), p.end(), p.services(), concerns,
        rejectedPortions, p.acceptChanges());
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), proposed, c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(), c.logsThrough(), c.bseaCase());
  }

  /** The case whose proposed IEP has other service lines and accepts the changed lines named. */
  static Case withProposedServices(List<ServiceLine> services, List<String> acceptChanges) {
    Case c = BUDGET_CUT;
    ProposedIep p = c.proposedIep();
    ProposedIep proposed = new ProposedIep(p.proposedOn(), p.receivedOn(), p.start(), p.end(), services, p.concerns(),
        p.rejectedPortions(), acceptChanges);
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), proposed, c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(), c.logsThrough(), c.bseaCase());
  }

  /** Renders a letter for a case on the as-of date. */
  static Letter render(LetterKind kind, Case c) {
    return IepLetters.defaults().render(kind, c, AS_OF);
  }

  private static Case withStudent(Student s) {
    Case c = BUDGET_CUT;
    return new Case(s, c.guardian(), c.district(), c.iep(), c.proposedIep(), c.serviceLogs(), c.nextTeamMeeting(),
        c.correspondence(), c.refusedRequests(), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }
}
