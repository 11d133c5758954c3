package org.iepletters.render;

/**
 * Escapes a value so that Markdown prints it literally, as typed, wherever a template inserts it.
 *
 * <p>The rules, which the mapper and the previews rely on:
 * <ul>
 *   <li>Every ASCII punctuation character is backslash-escaped, except the backslash itself, which
 *       becomes the character reference {@code &#92;} (a {@code \\} before a cell's closing pipe
 *       would otherwise join two cells of a GFM table).
 *   <li>Whitespace at the start and end of each line of the value (spaces, tabs, and Unicode spaces
 *       such as U+00A0) becomes character references such as {@code &#32;} and {@code &#9;}, which
 *       Markdown keeps where it would strip plain whitespace, and which let a {@code **} the template
 *       writes next to the value still close its span.
 *   <li>In a paragraph or list item, a newline becomes a hard line break and an empty line starts a
 *       new paragraph (indented to stay inside the list item). A newline at the very end of a value
 *       becomes {@value #CELL_LINE_BREAK}, because the value may end its paragraph, where CommonMark
 *       prints a backslash break as a backslash.
 *   <li>On a table row, a heading line or inside a {@code **strong**} span the template opened on the
 *       line, which Markdown cannot break, every newline becomes
 *       {@value #CELL_LINE_BREAK}. Only the mapper turns that inline HTML into a line break: a value
 *       can never produce it, because its {@code <} is always escaped.
 * </ul>
 */
final class MarkdownEscaper {

  /** The line break inside a table cell or heading, or ending a value; raw inline HTML that only templates and this class write. */
  static final String CELL_LINE_BREAK = "<br>";

  private MarkdownEscaper() {}

  /**
   * Escapes a value inserted after {@code lineSoFar}, the Markdown already written on the current line.
   *
   * @throws IllegalArgumentException when the value holds a character XML 1.0 forbids
   */
  static String escape(String value, CharSequence lineSoFar) {
    return escape(value, LineContext.of(lineSoFar));
  }

  /**
   * Escapes a value inserted on a line whose start is {@code lineHead} and whose open {@code **} span the
   * caller has kept track of, so that a long line is not read again for every value.
   */
  static String escape(String value, CharSequence lineHead, boolean insideStrongEmphasis) {
    return escape(value, LineContext.of(lineHead, insideStrongEmphasis));
  }

  private static String escape(String value, LineContext where) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    String[] lines = value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    boolean pendingParagraph = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0) {
        if (where.singleLine()) {
          out.append(CELL_LINE_BREAK);
        } else if (line.isEmpty() && i < lines.length - 1) {
          // an empty line inside the value: the next non-empty line starts a new paragraph
          pendingParagraph = true;
          continue;
        } else if (pendingParagraph) {
          out.append("\n\n").append(" ".repeat(where.indent()));
          pendingParagraph = false;
        } else if (line.isEmpty() && i == lines.length - 1) {
          // a value ending in a newline may end its paragraph too, where a backslash break would print "\"
          out.append(CELL_LINE_BREAK);
        } else {
          out.append("\\\n").append(" ".repeat(where.indent()));
        }
      }
      appendLine(out, line);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isBlank(line.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(line.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (i < start || i >= end) {
        out.append("&#").append((int) c).append(';');
      } else if (c == '\\') {
        out.append("&#92;");
      } else if (isAsciiPunctuation(c)) {
        out.append('\\').append(c);
      } else {
        checkXmlChar(line, i);
        out.append(c);
      }
    }
  }

  /**
   * Whitespace in CommonMark's sense (a space, a tab or any Unicode space separator such as U+00A0): stripped at
   * a line's edges, and next to {@code **} it stops the emphasis from closing.
   */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  private static void checkXmlChar(String s, int i) {
    char c = s.charAt(i);
    boolean bad;
    if (Character.isHighSurrogate(c)) {
      bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    } else if (Character.isLowSurrogate(c)) {
      bad = i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    } else {
      bad = (c < 0x20 && c != '\t') || c == 0xFFFE || c == 0xFFFF;
    }
    if (bad) {
      throw new IllegalArgumentException("a value holds a character that XML 1.0 forbids (validate the case first)");
    }
  }

  /** Where on a Markdown line a value lands, judged from what the line holds so far. */
  record LineContext(boolean singleLine, int indent) {

    static LineContext of(CharSequence line) {
      return of(line, insideStrongEmphasis(line));
    }

    static LineContext of(CharSequence line, boolean insideStrongEmphasis) {
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces < line.length()) {
        char first = line.charAt(spaces);
        if (first == '|' || first == '#') {
          return new LineContext(true, 0);
        }
      }
      return new LineContext(insideStrongEmphasis, spaces + listMarkerWidth(line, spaces));
    }

    /**
     * Whether the template opened {@code **} on this line and has not closed it yet: a paragraph cannot break
     * inside it, and the {@code **} of a split span would print as asterisks. A value's own asterisks are
     * always escaped, so every {@code **} here is the template's.
     */
    private static boolean insideStrongEmphasis(CharSequence line) {
      int delimiters = 0;
      for (int i = 0; i + 1 < line.length(); i++) {
        if (line.charAt(i) == '\\') {
          i++;
        } else if (line.charAt(i) == '*' && line.charAt(i + 1) == '*') {
          delimiters++;
          i++;
        }
      }
      return delimiters % 2 == 1;
    }

    /** The width of a list marker and the spaces after it at {@code from}, or 0 when there is none. */
    private static int listMarkerWidth(CharSequence line, int from) {
      int i = from;
      if (i < line.length() && (line.charAt(i) == '-' || line.charAt(i) == '*' || line.charAt(i) == '+')) {
        i++;
      } else {
        while (i < line.length() && i - from < 9 && Character.isDigit(line.charAt(i))) {
          i++;
        }
        if (i == from || i >= line.length() || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
          return 0;
        }
        i++;
      }
      int afterMarker = i;
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      return i > afterMarker ? i - from : 0;
    }
  }
}
