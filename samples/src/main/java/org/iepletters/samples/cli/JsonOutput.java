package org.iepletters.samples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iepletters.ledger.LineLedger;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.plan.Situation;
import org.iepletters.plan.Step;

/** The JSON the command prints: exactly the keys of the specification, dates ISO, {@code null} for no date. */
final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonOutput() {}

  /** The ledger as {@code {"asOf", "evidenceThrough", "services": [...], "totalOwedMinutes", "warnings"}}. */
  static ObjectNode ledger(ServiceLedger ledger) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", iso(ledger.asOf()));
    root.put("evidenceThrough", iso(ledger.evidenceThrough()));
    ArrayNode services = root.putArray("services");
    for (LineLedger line : ledger.services()) {
      ObjectNode s = services.addObject();
      s.put("id", line.id());
      s.put("requiredMinutes", line.requiredMinutes());
      s.put("deliveredMinutes", line.deliveredMinutes());
      s.put("excusedMinutes", line.excusedMinutes());
      s.put("makeupMinutes", line.makeupMinutes());
      s.put("owedMinutes", line.owedMinutes());
      s.put("periods", line.periods());
      s.put("shortfallPeriods", line.shortfallPeriods());
      s.put("sessionsDelivered", line.sessionsDelivered());
      s.put("sessionsCancelled", line.sessionsCancelled());
      s.put("firstShortfallDate", iso(line.firstShortfallDate()));
      s.put("lastShortfallDate", iso(line.lastShortfallDate()));
      s.put("ignoredEntries", line.ignoredEntries());
      s.put("countedThrough", iso(line.countedThrough()));
      s.put("unlogged", line.unlogged());
    }
    root.put("totalOwedMinutes", ledger.totalOwedMinutes());
    ArrayNode warnings = root.putArray("warnings");
    ledger.warnings().forEach(warnings::add);
    return root;
  }

  /**
   * The plan as {@code {"asOf", "evidenceThrough", "situations", "steps": [{"letter", "from", "by", "why"}],
   * "options": [...], "deadlines", "notes"}}.
   */
  static ObjectNode plan(EscalationPlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", iso(plan.asOf()));
    root.put("evidenceThrough", iso(plan.evidenceThrough()));
    ArrayNode situations = root.putArray("situations");
    for (Situation s : plan.situations()) {
      situations.add(s.name());
    }
    steps(root.putArray("steps"), plan.steps());
    steps(root.putArray("options"), plan.options());
    ObjectNode deadlines = root.putObject("deadlines");
    for (Map.Entry<String, LocalDate> d : plan.deadlines().asMap().entrySet()) {
      deadlines.put(d.getKey(), iso(d.getValue()));
    }
    ArrayNode notes = root.putArray("notes");
    plan.notes().forEach(notes::add);
    return root;
  }

  private static void steps(ArrayNode array, List<Step> steps) {
    for (Step step : steps) {
      ObjectNode s = array.addObject();
      s.put("letter", step.letter().cliName());
      s.put("from", iso(step.from()));
      s.put("by", iso(step.by()));
      s.put("why", step.why());
    }
  }

  /** Pretty-printed, two spaces a level, ending without a newline. */
  static String write(ObjectNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
