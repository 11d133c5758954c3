package org.iepletters.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.iepletters.LetterKind;
import org.iepletters.calendar.Deadline;
import org.iepletters.letters.LetterView.Organisation;
import org.iepletters.letters.LetterView.Person;
import org.iepletters.letters.LetterView.Re;
import org.iepletters.letters.LetterView.Sender;
import org.iepletters.letters.LetterView.Signature;
import org.iepletters.model.Address;
import org.iepletters.model.Case;
import org.iepletters.model.Contact;
import org.iepletters.model.ContactRole;
import org.iepletters.model.Guardian;
import org.iepletters.model.Pronouns;
import org.iepletters.model.Relationship;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.Student;
import org.iepletters.plan.CaseFigures;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.RenderChecks;

/** Builds the view a letter template prints from a valid case, a letter kind and the letter date. */
public final class LetterViews {

  /** Where a PRS complaint is filed (DESE's PRS page; the Malden address is out of date). */
  private static final Organisation PRS_OFFICE = new Organisation("Problem Resolution System Office", List.of(
      "Massachusetts Department of Elementary and Secondary Education", "135 Santilli Highway", "Everett, MA 02149",
      "781-338-3700"));

  /** Where mediation and hearing requests go (BSEA Standing Orders page). */
  private static final Organisation BSEA = new Organisation("Bureau of Special Education Appeals", List.of(
      "14 Summer Street, 4th Floor", "Malden, MA 02148"));

  /** The enclosure line of Exhibit A, which follows the letter in the same document. */
  static final String EXHIBIT_A = "Exhibit A: service delivery summary (after this letter)";

  private LetterViews() {}

  /**
   * The view of one letter.
   *
   * @param kind the letter
   * @param c a valid case
   * @param letterDate the date the letter is sent
   * @return the view its template prints
   * @throws InvalidCaseException when the case lacks what this letter needs (its addressee; an eligible
   *     student under 18 on the letter date)
   */
  public static LetterView of(LetterKind kind, Case c, LocalDate letterDate) {
    return of(kind, CaseFigures.of(c, letterDate));
  }

  /**
   * The view of one letter, from figures already worked out for it (as when its applicability was checked).
   *
   * @param kind the letter
   * @param figures a valid case's figures as of the date the letter is sent
   * @return the view its template prints
   * @throws InvalidCaseException when the case lacks what this letter needs (its addressee; an eligible
   *     student under 18 on the letter date)
   */
  public static LetterView of(LetterKind kind, CaseFigures figures) {
    Case c = figures.aCase();
    LocalDate letterDate = figures.date();
    // every letter goes to the director or copies them, and a missing role falls back to the director
    RenderChecks.requireRenderable(c, letterDate, List.of(ContactRole.SPECIAL_EDUCATION_DIRECTOR));
    Guardian guardian = c.guardian();
    Student student = c.student();
    boolean eligibleStudent = guardian.relationship() == Relationship.STUDENT;
    List<Person> addressees = addressees(kind, c);
    List<Person> cc = copies(kind, c, addressees);
    Organisation district = new Organisation(c.district().name(), addressLines(c.district().address()));
    LetterFacts facts = facts(kind, figures);
    return new LetterView(
        kind.cliName(),
        new Sender(guardian.name(), addressLines(guardian.address()), guardian.email(), guardian.phone()),
        Wording.date(letterDate),
        addressees,
        recipient(kind, district),
        district,
        new Re(subject(kind), student.fullName(), Wording.date(student.dateOfBirth()), student.school(), student.grade(),
            student.stateId()),
        new Signature(guardian.name(), guardian.relationship().name(), student.fullName(), eligibleStudent),
        enclosures(kind, c, letterDate, facts),
        cc,
        Stream.concat(addressees.stream(), cc.stream()).filter(p -> p.email() != null).toList(),
        Stream.concat(addressees.stream(), cc.stream()).filter(p -> p.email() == null).toList(),
        Wording.otherThanEnglish(guardian.language()),
        childWords(student, guardian.relationship()),
        facts);
  }

  /** Exhibit A comes first when the letter has one; a complaint then lists what it attaches. */
  private static List<String> enclosures(LetterKind kind, Case c, LocalDate letterDate, LetterFacts facts) {
    List<String> enclosures = new ArrayList<>();
    OwedServices owed = facts instanceof DemandFacts d ? d.owed()
        : facts instanceof PrsComplaintFacts p ? p.owed()
        : facts instanceof BseaHearingRequestFacts h ? h.dispute().owed()
        : facts instanceof TeamMeetingRequestFacts t ? t.dispute().owed() : null;
    if (owed != null && !owed.lines().isEmpty()) {
      enclosures.add(EXHIBIT_A);
    }
    if (kind == LetterKind.PRS_COMPLAINT) {
      enclosures.addAll(PrsComplaintFacts.attachments(c, letterDate));
    }
    if (kind == LetterKind.PARTIAL_REJECTION) {
      enclosures.add("The signed response page of the proposed IEP");
    }
    return enclosures;
  }

  /** The subject of a letter's {@code Re:} line. */
  private static String subject(LetterKind kind) {
    return switch (kind) {
      case RECORDS_REQUEST -> "Request for access to and copies of the student record";
      case DEMAND -> "Services of the accepted IEP not delivered: demand for full delivery and compensatory services";
      case PRS_COMPLAINT -> "Complaint: failure to implement the accepted IEP";
      case PARTIAL_REJECTION -> "Partial rejection of the proposed IEP, stay-put and request for a Team meeting";
      case WRITTEN_NOTICE_REQUEST -> "Request for written notice (N1/N2) and the data behind it";
      case TEAM_MEETING_REQUEST -> "Request for a Team meeting";
      case IEE_REQUEST -> "Request for an independent educational evaluation at public expense";
      case BSEA_MEDIATION_REQUEST -> "Request for mediation";
      case BSEA_HEARING_REQUEST -> "Hearing request (due process complaint)";
    };
  }

  private static LetterFacts facts(LetterKind kind, CaseFigures figures) {
    Case c = figures.aCase();
    LocalDate letterDate = figures.date();
    return switch (kind) {
      case RECORDS_REQUEST -> recordsRequestFacts(c, letterDate);
      case DEMAND -> DemandFacts.of(c, letterDate, figures.ledger());
      case PRS_COMPLAINT -> PrsComplaintFacts.of(c, letterDate, figures.ledger());
      case PARTIAL_REJECTION -> PartialRejectionFacts.of(c, letterDate, figures.change());
      case WRITTEN_NOTICE_REQUEST -> WrittenNoticeRequestFacts.of(c, letterDate, figures.change());
      case TEAM_MEETING_REQUEST -> TeamMeetingRequestFacts.of(figures);
      case IEE_REQUEST -> IeeRequestFacts.of(figures);
      case BSEA_MEDIATION_REQUEST -> BseaMediationRequestFacts.of(figures);
      case BSEA_HEARING_REQUEST -> BseaHearingRequestFacts.of(figures);
    };
  }

  private static Organisation recipient(LetterKind kind, Organisation district) {
    return switch (kind) {
      case PRS_COMPLAINT -> PRS_OFFICE;
      case BSEA_MEDIATION_REQUEST, BSEA_HEARING_REQUEST -> BSEA;
      default -> district;
    };
  }

  private static RecordsRequestFacts recordsRequestFacts(Case c, LocalDate letterDate) {
    LocalDate meeting = c.nextTeamMeeting();
    List<RecordsRequestFacts.Service> services = c.iep().services().stream().map(LetterViews::service).toList();
    return new RecordsRequestFacts(
        Wording.date(c.iep().start()),
        Wording.date(c.iep().acceptedOn()),
        services,
        Wording.date(Deadline.recordsAccessDue(letterDate, meeting).date()),
        meeting != null && meeting.isAfter(letterDate) ? Wording.date(meeting) : null);
  }

  private static RecordsRequestFacts.Service service(ServiceLine line) {
    return new RecordsRequestFacts.Service(line.service(), line.provider(), line.grid().name(), line.sessions(),
        line.minutes(), line.per().name(), line.cycleDays());
  }

  private static List<Person> addressees(LetterKind kind, Case c) {
    Contact director = c.district().contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR).orElseThrow();
    List<Contact> to = new ArrayList<>();
    switch (kind) {
      case RECORDS_REQUEST -> c.district().contact(ContactRole.RECORDS_KEEPER)
          .or(() -> c.district().contact(ContactRole.PRINCIPAL))
          .ifPresent(to::add);
      case DEMAND, WRITTEN_NOTICE_REQUEST, PARTIAL_REJECTION, TEAM_MEETING_REQUEST -> c.district()
          .contact(ContactRole.TEAM_CHAIR)
          .ifPresent(to::add);
      case IEE_REQUEST -> {
        // the director answers for what the district pays for; the Team chair is copied
      }
      case PRS_COMPLAINT, BSEA_MEDIATION_REQUEST, BSEA_HEARING_REQUEST -> {
        return List.of(); // addressed to the state office; the district is copied
      }
    }
    if (!copiesTheDirector(kind) || to.isEmpty()) {
      to.add(director);
    }
    return to.stream().distinct().map(LetterViews::person).toList();
  }

  /** The letters addressed to the Team chair with the director copied rather than addressed. */
  private static boolean copiesTheDirector(LetterKind kind) {
    return kind == LetterKind.PARTIAL_REJECTION || kind == LetterKind.TEAM_MEETING_REQUEST;
  }

  private static List<Person> copies(LetterKind kind, Case c, List<Person> addressees) {
    if (kind == LetterKind.IEE_REQUEST) {
      // the Team chair reconvenes the Team when the evaluation comes in
      return c.district().contact(ContactRole.TEAM_CHAIR).map(LetterViews::person)
          .filter(chair -> !addressees.contains(chair))
          .stream().toList();
    }
    if (copiesTheDirector(kind)) {
      // the director answers for the services the rejection keeps in place
      return c.district().contact(ContactRole.SPECIAL_EDUCATION_DIRECTOR).map(LetterViews::person)
          .filter(director -> !addressees.contains(director))
          .stream().toList();
    }
    if (kind == LetterKind.PRS_COMPLAINT) {
      // 34 CFR 300.153(d): the district gets a copy when the complaint is filed; the superintendent answers for it
      return Stream.of(ContactRole.SPECIAL_EDUCATION_DIRECTOR, ContactRole.TEAM_CHAIR, ContactRole.SUPERINTENDENT)
          .map(role -> c.district().contact(role))
          .flatMap(Optional::stream)
          .distinct()
          .map(LetterViews::person)
          .toList();
    }
    if (kind == LetterKind.BSEA_MEDIATION_REQUEST || kind == LetterKind.BSEA_HEARING_REQUEST) {
      // 34 CFR 300.508(a): the district gets a copy of a hearing request when it is filed
      return Stream.of(ContactRole.SPECIAL_EDUCATION_DIRECTOR, ContactRole.TEAM_CHAIR)
          .map(role -> c.district().contact(role))
          .flatMap(Optional::stream)
          .distinct()
          .map(LetterViews::person)
          .toList();
    }
    if (kind != LetterKind.RECORDS_REQUEST) {
      return List.of();
    }
    // the Team chair schedules the meeting the record is needed for
    return c.district().contact(ContactRole.TEAM_CHAIR).map(LetterViews::person)
        .filter(chair -> !addressees.contains(chair))
        .stream().toList();
  }

  private static Person person(Contact contact) {
    return new Person(contact.name(), contact.role().name(), contact.email());
  }

  static List<String> addressLines(Address address) {
    String street = address.street();
    if (address.unit() != null && !address.unit().isEmpty()) {
      boolean numberOnly = address.unit().chars().allMatch(Character::isDigit);
      street = street + ", " + (numberOnly ? "Unit " : "") + address.unit();
    }
    return List.of(street, address.city() + ", " + address.state() + " " + address.postalCode());
  }

  private static ChildWords childWords(Student student, Relationship relationship) {
    String first = student.firstName();
    if (relationship == Relationship.STUDENT) {
      return new ChildWords(first, student.fullName(), "I", "my", "I", "me", "my", "I am", true);
    }
    Pronouns pronouns = student.pronounsOrDefault();
    String noun;
    if (relationship == Relationship.PARENT) {
      noun = switch (pronouns) {
        case HE -> "my son";
        case SHE -> "my daughter";
        case THEY -> "my child";
      };
    } else {
      noun = first;
    }
    return switch (pronouns) {
      case HE -> new ChildWords(first, student.fullName(), noun, noun + "'s", "he", "him", "his", "he is", false);
      case SHE -> new ChildWords(first, student.fullName(), noun, noun + "'s", "she", "her", "her", "she is", false);
      case THEY -> new ChildWords(first, student.fullName(), noun, noun + "'s", "they", "them", "their", "they are",
          false);
    };
  }
}
