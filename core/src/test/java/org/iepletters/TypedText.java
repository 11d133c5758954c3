package org.iepletters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a letter must show for text a user typed, and what a {@code .docx} shows: the rules of SPEC section 2
 * made comparable. In running text a newline is a line break and a blank line starts a new paragraph; in a
 * table cell or a heading every newline is a line break. Tests only.
 */
final class TypedText {

  /**
   * Separates paragraphs in {@link #of}'s result: U+FFFF, which validation rejects in any value, so it can never
   * be part of the text a user typed (U+2029, the paragraph separator, can).
   */
  static final String PARAGRAPH = "\uFFFF";

  private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");

  private TypedText() {}

  /**
   * One paragraph of a document, whether it is a single-line place (a table cell or a heading), and the text of
   * its bold or italic runs, which are single-line places too (a paragraph cannot break inside emphasis).
   */
  record Paragraph(String text, boolean singleLine, String emphasized) {}

  /** The paragraphs of a document in order, each with its breaks as newlines and tabs as tabs. */
  static List<Paragraph> paragraphs(byte[] docx) {
    NodeList ps = DocxContent.xml(docx, "word/document.xml").getElementsByTagNameNS(DocxContent.W, "p");
    List<Paragraph> result = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      StringBuilder s = new StringBuilder();
      StringBuilder emphasized = new StringBuilder();
      collect(p, s, emphasized, false);
      result.add(new Paragraph(s.toString(), inCell(p) || isHeading(p), emphasized.toString()));
    }
    return result;
  }

  /** The document's text: paragraphs joined by {@link #PARAGRAPH}, empty paragraphs left out. */
  static String of(byte[] docx) {
    return join(paragraphs(docx).stream().map(Paragraph::text).collect(Collectors.toList()));
  }

  /**
   * The text a document rendered with {@code tokens} in place of the values must have once the values are in:
   * each token replaced by its value as the place it sits in shows it.
   */
  static String expected(List<Paragraph> withTokens, Map<String, String> tokenToValue) {
    List<String> texts = new ArrayList<>();
    for (Paragraph p : withTokens) {
      String text = p.text();
      for (Map.Entry<String, String> e : tokenToValue.entrySet()) {
        String value = lines(e.getValue());
        boolean singleLine = p.singleLine() || p.emphasized().contains(e.getKey());
        if (singleLine) {
          text = text.replace(e.getKey(), value);
          continue;
        }
        String shown = BLANK_LINES.matcher(value).replaceAll(PARAGRAPH);
        // a value that starts or ends with a blank line ends the template's paragraph before it, or starts the
        // one after it: the template's own spaces at that paragraph edge are dropped, as in any paragraph
        String around = (shown.startsWith(PARAGRAPH) ? "[ \t]*" : "") + Pattern.quote(e.getKey())
            + (shown.endsWith(PARAGRAPH) ? "[ \t]*" : "");
        text = Pattern.compile(around).matcher(text).replaceAll(Matcher.quoteReplacement(shown));
      }
      texts.add(text);
    }
    return join(texts);
  }

  /**
   * Fails unless the two texts are equal, showing where they first differ with every invisible character
   * written as a code point, so a failure on a long generated text stays readable.
   */
  static void assertSameText(String what, String actual, String expected) {
    if (actual.equals(expected)) {
      return;
    }
    int at = 0;
    while (at < actual.length() && at < expected.length() && actual.charAt(at) == expected.charAt(at)) {
      at++;
    }
    int from = Math.max(0, at - 60);
    throw new AssertionError(what + ": the texts differ at character " + at + "\n  expected: "
        + visible(expected.substring(from, Math.min(expected.length(), at + 60))) + "\n  actual:   "
        + visible(actual.substring(from, Math.min(actual.length(), at + 60))));
  }

  private static String visible(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp >= 0x21 && cp < 0x7F) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("<U+%04X>", cp));
      }
    });
    return out.toString();
  }

  /** A value's newlines, whatever their kind, as line feeds. */
  static String lines(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String join(List<String> paragraphs) {
    return String.join(PARAGRAPH, paragraphs).replaceAll(PARAGRAPH + "{2,}", PARAGRAPH)
        .replaceAll("^" + PARAGRAPH + "|" + PARAGRAPH + "$", "");
  }

  private static boolean inCell(Element p) {
    for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
      if (n instanceof Element e && DocxContent.W.equals(e.getNamespaceURI()) && "tc".equals(e.getLocalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeading(Element p) {
    NodeList styles = p.getElementsByTagNameNS(DocxContent.W, "pStyle");
    return styles.getLength() > 0
        && ((Element) styles.item(0)).getAttributeNS(DocxContent.W, "val").toLowerCase().startsWith("heading");
  }

  private static void collect(Node node, StringBuilder s, StringBuilder emphasized, boolean inEmphasis) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && DocxContent.W.equals(e.getNamespaceURI())) {
        String text = switch (e.getLocalName()) {
          case "t" -> e.getTextContent();
          case "br" -> e.hasAttributeNS(DocxContent.W, "type") ? "\f" : "\n";
          case "tab" -> "\t";
          default -> null;
        };
        if (text != null) {
          s.append(text);
          if (inEmphasis) {
            emphasized.append(text);
          }
        } else if ("r".equals(e.getLocalName())) {
          collect(e, s, emphasized, isEmphasized(e));
        } else if (!"p".equals(e.getLocalName()) && !"tbl".equals(e.getLocalName())) {
          // a nested paragraph or table is an entry of its own
          collect(e, s, emphasized, inEmphasis);
        }
      }
    }
  }

  private static boolean isEmphasized(Element run) {
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element properties && "rPr".equals(properties.getLocalName())) {
        return properties.getElementsByTagNameNS(DocxContent.W, "b").getLength() > 0
            || properties.getElementsByTagNameNS(DocxContent.W, "i").getLength() > 0;
      }
    }
    return false;
  }
}
