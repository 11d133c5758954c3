package org.iepletters.samples.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.iepletters.calendar.Deadline;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.plan.Situation;
import org.iepletters.plan.Step;

/** The plan as text a person reads. */
final class PlanText {
  private static final int WIDTH = 78;
  private static final String INDENT = "     ";

  private PlanText() {}

  /** Situations, numbered steps with their reasons, deadlines with their rules, and notes. */
  static String of(EscalationPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("Escalation plan as of ").append(Dates.longForm(plan.asOf())).append("\n\n");

    out.append("Situation: ").append(plan.situations().isEmpty()
        ? "nothing to act on: no minutes owed, no proposed cut, no refused request"
        : plan.situations().stream().map(PlanText::describe).collect(Collectors.joining("; ")))
        .append("\n\n");

    List<Step> steps = plan.steps();
    if (steps.isEmpty()) {
      out.append("Steps: none\n");
    } else {
      out.append("Steps:\n");
      list(steps, out);
    }
    if (!plan.options().isEmpty()) {
      out.append("\nOptions (letters you may choose to send; generate writes one only when you name it):\n");
      list(plan.options(), out);
    }

    List<Deadline> deadlines = plan.deadlines().list();
    if (!deadlines.isEmpty()) {
      out.append("\nDeadlines, as if each letter were sent on ").append(Dates.longForm(plan.asOf())).append(":\n");
      int nameWidth = deadlines.stream().mapToInt(d -> d.name().length()).max().orElse(0);
      for (Deadline d : deadlines) {
        String date = d.date() == null ? "no date  " : d.date().toString();
        String first = "  " + d.name() + " ".repeat(nameWidth - d.name().length()) + "  " + date + "  ";
        wrap(d.rule() + (d.authority().isEmpty() ? "" : " (" + d.authority() + ")"),
            first, " ".repeat(first.length()), out);
      }
    }

    if (!plan.notes().isEmpty()) {
      out.append("\nNotes:\n");
      for (String note : plan.notes()) {
        wrap(note, "  - ", "    ", out);
      }
    }
    out.append("\nThis plan is not legal advice.");
    return out.toString();
  }

  /** Numbered: "from December 11, 2026 (by October 23, 2027)", or without "by" when no date limits it. */
  private static void list(List<Step> steps, StringBuilder out) {
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      out.append(String.format(Locale.ROOT, "%3d. ", i + 1))
          .append(step.letter().cliName()).append(", from ").append(Dates.longForm(step.from()));
      if (step.by() != null) {
        out.append(" (by ").append(Dates.longForm(step.by())).append(')');
      }
      if (step.awaitsAnswer()) {
        out.append(", if no answer comes");
      }
      out.append('\n');
      wrap(step.why(), INDENT, out);
    }
  }

  private static String describe(Situation s) {
    return switch (s) {
      case NON_IMPLEMENTATION -> "services of the accepted IEP are not delivered (minutes are owed)";
      case PROPOSED_REDUCTION -> "a proposed IEP cuts services (removes, reduces, or turns them into consultation)";
      case PROPOSED_CHANGE -> "a proposed IEP changes services in ways you have not accepted";
      case REFUSED_REQUEST -> "the district refused a request";
      case REFUSED_IEE -> "the district refused an independent educational evaluation at public expense";
    };
  }

  private static void wrap(String text, String indent, StringBuilder out) {
    wrap(text, indent, indent, out);
  }

  /** Words wrapped at {@value #WIDTH} columns; a word longer than a line stays whole. */
  private static void wrap(String text, String first, String rest, StringBuilder out) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
