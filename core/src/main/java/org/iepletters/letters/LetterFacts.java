package org.iepletters.letters;

/** The facts only one kind of letter states. */
public sealed interface LetterFacts
    permits RecordsRequestFacts, DemandFacts, PrsComplaintFacts, PartialRejectionFacts, WrittenNoticeRequestFacts,
        TeamMeetingRequestFacts, IeeRequestFacts, BseaMediationRequestFacts, BseaHearingRequestFacts {}
