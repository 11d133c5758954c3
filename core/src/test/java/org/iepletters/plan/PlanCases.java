package org.iepletters.plan;

import java.util.ArrayList;
import java.util.List;
import org.iepletters.model.Case;
import org.iepletters.model.Correspondence;

/** Sample cases with their correspondence replaced, for the plan tests. */
final class PlanCases {
  private PlanCases() {}

  // Fresh ArrayLists: the model's list copy asks contains(null), which the immutable lists of a record reject.
  static Case withCorrespondence(Case c, List<Correspondence> mail) {
    return new Case(c.student(), c.guardian(), c.district(), c.iep(), c.proposedIep(), new ArrayList<>(c.serviceLogs()),
        c.nextTeamMeeting(), new ArrayList<>(mail), new ArrayList<>(c.refusedRequests()), c.concerns(),
        c.logsThrough(), c.bseaCase());
  }
}
