package org.iepletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iepletters.io.CaseFiles;
import org.iepletters.io.Format;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;

/**
 * A sample case with every free-text field filled in, as a JSON tree, so a test can put any text into any
 * field by its path ({@code district.contacts[1].name}) and read the case back through the library's reader.
 *
 * <p>Two bases, public cases with what they lack added (the student's own address, units, the signer's language,
 * a records keeper and a principal, notes on log entries, correspondence, a refused request): {@code budget-cut}
 * for the letters about a proposed reduction, {@code speech-one-of-three} for the demand and the complaint. Between
 * them every letter kind applies on their as-of dates.
 */
final class FreeTextCase {
  /** Fields whose text has a format of its own (dates, enumerations, ids, e-mail, codes): not free text. */
  private static final Set<String> NOT_FREE = Set.of("dateOfBirth", "pronouns", "stateId", "relationship", "state",
      "postalCode", "email", "role", "firstDay", "lastDay", "from", "to", "start", "end", "acceptedOn", "id", "grid",
      "per", "proposedOn", "receivedOn", "date", "status", "nextTeamMeeting", "direction", "letter", "logsThrough",
      "kind", "requestedOn", "filedOn", "weekdays", "acceptChanges");
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");


  /** The reduction letters' base. */
  static final FreeTextCase BUDGET_CUT = new FreeTextCase("budget-cut");
  /** The demand's and complaint's base. */
  static final FreeTextCase SPEECH = new FreeTextCase("speech-one-of-three");
  /** Both bases. */
  static final List<FreeTextCase> ALL = List.of(BUDGET_CUT, SPEECH);



  final String name;
  /** The letter date: the case's as-of date. */
  final LocalDate date;
  private final ObjectNode base;
  private final List<String> paths;

  private FreeTextCase(String name) {
    this.name = name;
    this.date = CaseFixtures.asOf(name);
    this.base = base(name);
    this.paths = List.copyOf(freeTextPaths(base, ""));
  }

  /** The path of every free-text field of the base case, in document order. */
  List<String> paths() {
    return paths;
  }

  /** The base case's JSON with the given text at each path. */
  String json(Map<String, String> values) {
    ObjectNode tree = base.deepCopy();
    values.forEach((path, value) -> set(tree, path, value));
    try {
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base case with the given text at each path, read and validated by the library. */
  Case read(Map<String, String> values) {
    return CaseFiles.parse(json(values), Format.JSON);
  }

  /** A distinct token of letters and digits per path, which no escaping changes. */
  Map<String, String> tokens() {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      tokens.put(paths.get(i), "Zq" + i + "qZ");
    }
    return tokens;
  }

  /** The letter kinds that apply to a case on {@link #date}. */
  List<LetterKind> applicableKinds(Case c) {
    List<LetterKind> kinds = new ArrayList<>();
    for (LetterKind kind : LetterKind.values()) {
      if (Applicability.check(kind, c, date).isEmpty()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static void set(ObjectNode root, String path, String value) {
    JsonNode node = root;
    String[] steps = path.split("\\.");
    for (int s = 0; s < steps.length; s++) {
      Matcher m = STEP.matcher(steps[s]);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a path: " + path);
      }
      boolean last = s == steps.length - 1;
      if (last && m.group(2) == null) {
        ((ObjectNode) node).put(m.group(1), value);
        return;
      }
      node = node.get(m.group(1));
      if (m.group(2) != null) {
        node = node.get(Integer.parseInt(m.group(2)));
      }
      if (node == null) {
        throw new IllegalArgumentException("no field at " + path);
      }
    }
    throw new IllegalArgumentException("not a text field: " + path);
  }

  private static List<String> freeTextPaths(JsonNode node, String path) {
    List<String> paths = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        String name = field.getKey();
        String child = path.isEmpty() ? name : path + "." + name;
        boolean logReference = path.startsWith("serviceLogs[") && name.equals("service");
        if (field.getValue().isTextual() && !NOT_FREE.contains(name) && !logReference) {
          paths.add(child);
        } else if (field.getValue().isContainerNode()) {
          paths.addAll(freeTextPaths(field.getValue(), child));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        paths.addAll(freeTextPaths(array.get(i), path + "[" + i + "]"));
      }
    }
    return paths;
  }

  @Override
  public String toString() {
    return name;
  }

  private static ObjectNode base(String name) {
    ObjectNode c;
    try (InputStream in = FreeTextCase.class.getResourceAsStream("/cases/" + name + ".json")) {
      c = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode student = (ObjectNode) c.get("student");
    student.set("address", address("7 Quarry Lane", "Rear", "Raynham", "02767"));
    ObjectNode guardian = (ObjectNode) c.get("guardian");
    ((ObjectNode) guardian.get("address")).put("unit", "3");
    guardian.put("language", "Portuguese");
    ObjectNode district = (ObjectNode) c.get("district");
    ((ObjectNode) district.get("address")).put("unit", "Suite 200");
    ArrayNode contacts = (ArrayNode) district.get("contacts");
    addContact(contacts, "RECORDS_KEEPER", "Ione Whitlock", "iw@example.org");
    addContact(contacts, "PRINCIPAL", "Tobias Fenn", "tfenn@example.org");
    addContact(contacts, "SUPERINTENDENT", "Rosalie Dunmore", "rdunmore@example.org");
    ArrayNode logs = (ArrayNode) c.get("serviceLogs");
    // two log notes are enough to cover the field; the others stay without one
    for (int i = 0; i < logs.size(); i++) {
      ((ObjectNode) logs.get(i)).remove("note");
    }
    ((ObjectNode) logs.get(0)).put("note", "Session held in the resource room");
    ((ObjectNode) logs.get(logs.size() - 1)).put("note", "Provider absent");
    ArrayNode correspondence = c.putArray("correspondence");
    correspondence.addObject().put("date", "2026-11-05").put("direction", "RECEIVED")
        .put("note", "Reply from the Team chair about the services");
    if (!c.has("refusedRequests")) {
      c.putArray("refusedRequests").addObject().put("date", "2026-10-20").put("request", "Add a reading specialist");
    }
    return c;
  }

  private static void addContact(ArrayNode contacts, String role, String name, String email) {
    for (JsonNode contact : contacts) {
      if (role.equals(contact.get("role").asText())) {
        return;
      }
    }
    contacts.addObject().put("role", role).put("name", name).put("email", email);
  }

  private static ObjectNode address(String street, String unit, String city, String postalCode) {
    ObjectNode a = JSON.createObjectNode();
    return a.put("street", street).put("unit", unit).put("city", city).put("state", "MA").put("postalCode", postalCode);
  }
}
