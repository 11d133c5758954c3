package org.iepletters.bench;

import java.time.LocalDate;
import java.util.List;
import org.iepletters.bench.LetterBlock.Bullet;
import org.iepletters.bench.LetterBlock.Heading;
import org.iepletters.bench.LetterBlock.Paragraph;
import org.iepletters.bench.LetterBlock.ShortfallRow;
import org.iepletters.bench.LetterBlock.ShortfallTable;

/**
 * The text of one letter as plain data, read by every baseline writer so that each writes the same
 * document: the same paragraphs, the same shortfall table, the same styles.
 *
 * @param title the document title (core properties)
 * @param subject the document subject (core properties)
 * @param date the letter date, also the document's creation date
 * @param blocks the body in reading order
 */
public record LetterContent(String title, String subject, LocalDate date, List<LetterBlock> blocks) {

  /** The public sample case the baseline letter is written for. */
  public static final String SPEECH_CASE = "speech-one-of-three";

  /** The letter date used for {@link #SPEECH_CASE}; also its ledger's as-of date. */
  public static final LocalDate SPEECH_CASE_DATE = LocalDate.of(2026, 11, 13);

  /** Copies the blocks. */
  public LetterContent {
    blocks = List.copyOf(blocks);
  }

  /**
   * A document with no body, as a template holds before a letter is written into it.
   *
   * @return empty content dated {@link #SPEECH_CASE_DATE}
   */
  public static LetterContent empty() {
    return new LetterContent("", "", SPEECH_CASE_DATE, List.of());
  }

  /**
   * The demand letter for the public case {@value #SPEECH_CASE} dated {@link #SPEECH_CASE_DATE},
   * written by hand: about a page and a half, with the figures the service ledger computes for
   * that case (828 minutes required, 540 delivered, 324 owed, October 5 to November 13, 2026).
   *
   * @return the letter's content
   */
  public static LetterContent demandSpeechOneOfThree() {
    ShortfallRow speech = new ShortfallRow("Speech-language therapy (individual)", 828, 540, 324,
        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 13));
    return new LetterContent(
        "Demand to resume IEP services: Oliver Tremaine-Baptiste",
        "Services on the accepted IEP that were not delivered",
        SPEECH_CASE_DATE,
        List.of(
            new Paragraph("Danielle Tremaine-Baptiste\n64 Pleasant Street\nHolyoke, MA 01040\n"
                + "danielle.tb@example.org"),
            new Paragraph("November 13, 2026"),
            new Paragraph("Soledad Ferreira-Nash, Team Chair\n"
                + "Ambrose Kittredge, Director of Special Education\n"
                + "Holyoke Public Schools\n250 Education Way\nHolyoke, MA 01040"),
            new Paragraph("Re: Oliver Tremaine-Baptiste, date of birth November 23, 2019, "
                + "Lyman Terrace Elementary School: services on the accepted IEP not delivered"),
            new Paragraph("Dear Ms. Ferreira-Nash and Mr. Kittredge:"),
            new Paragraph("I am the parent of Oliver Tremaine-Baptiste, a first grader at Lyman "
                + "Terrace Elementary School. I accepted my son's IEP, dated September 8, 2026, on "
                + "June 18, 2026. The district must implement an accepted IEP as written "
                + "(34 CFR 300.323(c)(2)). I write because the service delivery logs show that "
                + "one of his services has not been delivered as the IEP requires."),
            new Heading(1, "Services not delivered"),
            new Paragraph("The IEP requires individual speech-language therapy three times a week "
                + "for 30 minutes a session, delivered by a speech-language pathologist (service "
                + "delivery grid C). Since the week of October 5, 2026 the logs show one session a "
                + "week instead of three, and on November 12 a group of four in place of an "
                + "individual session. The table below counts school days only, from the district's "
                + "own calendar, and prorates the weeks shortened by holidays and closures."),
            new ShortfallTable(List.of(speech)),
            new Paragraph("As of November 13, 2026, 324 minutes of speech-language therapy are owed "
                + "to my son. Each week without these sessions adds to what he has lost, and his "
                + "progress report for the first term already notes slower progress on his "
                + "articulation and expressive language goals."),
            new Heading(1, "What I am asking for"),
            new Paragraph("I ask the district to do the following:"),
            new Bullet("Give me a written explanation of why the services were not delivered."),
            new Bullet("Tell me the date on which full delivery of the services resumes, and the "
                + "provider who will deliver them."),
            new Bullet("Give me a written plan of compensatory services for the 324 minutes owed, "
                + "with a schedule, the provider and the setting, delivered in addition to the "
                + "services the IEP requires each week."),
            new Heading(2, "Response"),
            new Paragraph("Please respond in writing by November 20, 2026. If the services do not "
                + "resume and I do not receive a compensatory services plan by then, I will file a "
                + "complaint with the Department of Elementary and Secondary Education's Problem "
                + "Resolution System."),
            new Paragraph("I would like to resolve this with the Team. I am available to meet, and "
                + "I can be reached by email at danielle.tb@example.org. Thank you for your prompt "
                + "attention to my son's services."),
            new Paragraph("Sincerely,\n\n\nDanielle Tremaine-Baptiste\nParent of Oliver "
                + "Tremaine-Baptiste"),
            new Paragraph("Enclosure: service delivery logs, September 8 to November 13, 2026\n"
                + "cc: Percival Ng, Principal, Lyman Terrace Elementary School"),
            new Paragraph("Sent by email to sferreiranash@example.org and "
                + "akittredge@example.org.")));
  }
}
