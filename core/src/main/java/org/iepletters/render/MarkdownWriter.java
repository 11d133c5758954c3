package org.iepletters.render;

import java.io.Writer;

/**
 * The writer a letter template renders into: it keeps the Markdown and knows the current line, so
 * that a value is escaped for the place it lands (paragraph, list item, table cell, heading).
 *
 * <p>Each write reads only the characters it adds: whether a {@code **} span is open on the line is kept as
 * the text grows, and the line's start is read only up to {@link #LINE_HEAD} characters, so a letter with one
 * very long line (thousands of services in one sentence) renders in time linear in its length.
 */
final class MarkdownWriter extends Writer {
  /** How much of a line's start decides where a value lands: its indentation, list marker, {@code |} or {@code #}. */
  static final int LINE_HEAD = 256;

  private final StringBuilder text = new StringBuilder(8192);
  private final int maxLength;
  private int lineStart;
  /** The {@code **} delimiters on the current line, outside backslash escapes, as {@code LineContext} counts them. */
  private int strongDelimiters;
  private boolean afterBackslash;
  private boolean afterStar;

  /** A writer with no limit but what memory allows. */
  MarkdownWriter() {
    this(Integer.MAX_VALUE);
  }

  /**
   * A writer that fails past a length.
   *
   * @param maxLength the most characters the letter may have
   */
  MarkdownWriter(int maxLength) {
    this.maxLength = maxLength;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    int from = text.length();
    text.append(buffer, offset, length);
    scan(from);
  }

  @Override
  public void write(String s) {
    int from = text.length();
    text.append(s);
    scan(from);
  }

  @Override
  public void write(String s, int offset, int length) {
    int from = text.length();
    text.append(s, offset, offset + length);
    scan(from);
  }

  /** Reads the characters written from {@code from}: where the current line starts, and its open spans. */
  private void scan(int from) {
    if (text.length() > maxLength) {
      throw new TemplateLimitException("the letter is longer than "
          + String.format(java.util.Locale.ROOT, "%,d", maxLength) + " characters");
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
        strongDelimiters = 0;
        afterBackslash = false;
        afterStar = false;
      } else if (afterBackslash) {
        afterBackslash = false;
      } else if (afterStar && c == '*') {
        strongDelimiters++;
        afterStar = false;
      } else {
        afterStar = c == '*';
        afterBackslash = c == '\\';
      }
    }
  }

  /** Writes a value inserted by a template, escaped for where it lands. */
  void writeValue(String value) {
    CharSequence head = text.subSequence(lineStart, Math.min(text.length(), lineStart + LINE_HEAD));
    String escaped = MarkdownEscaper.escape(value, head, strongDelimiters % 2 == 1);
    if (escaped.startsWith("\n\n") && lineStart == text.length() && endsWithHardBreak()) {
      // the value opens with a blank line right after the template's own line break ("\" ending the line
      // before): that backslash would now end a paragraph, where Markdown prints it, so the break is written
      // the way a paragraph may end
      text.replace(text.length() - 2, text.length(), MarkdownEscaper.CELL_LINE_BREAK + "\n");
      lineStart = text.length();
    }
    write(escaped);
  }

  /** Whether the text ends with a hard line break: a backslash (not itself escaped) ending the line. */
  private boolean endsWithHardBreak() {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\\'
        && (n < 3 || text.charAt(n - 3) != '\\');
  }

  @Override
  public void flush() {
    // nothing buffered beyond the text itself
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
