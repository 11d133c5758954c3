package org.iepletters.render;

import java.io.Writer;

/**
 * The writer a letter template renders into: it keeps the Markdown and knows the current line, so
 * that a value is escaped for the place it lands (paragraph, list item, table cell, heading).
 */
final class MarkdownWriter extends Writer {
  private final StringBuilder text = new StringBuilder(8192);
  private int lineStart;

  @Override
  public void write(char[] buffer, int offset, int length) {
    text.append(buffer, offset, length);
    markLineStart();
  }

  @Override
  public void write(String s) {
    text.append(s);
    markLineStart();
  }

  @Override
  public void write(String s, int offset, int length) {
    text.append(s, offset, offset + length);
    markLineStart();
  }

  /** Writes a value inserted by a template, escaped for where it lands. */
  void writeValue(String value) {
    String escaped = MarkdownEscaper.escape(value, text.subSequence(lineStart, text.length()));
    if (escaped.startsWith("\n\n") && lineStart == text.length() && endsWithHardBreak()) {
      // the value opens with a blank line right after the template's own line break ("\" ending the line
      // before): that backslash would now end a paragraph, where Markdown prints it, so the break is written
      // the way a paragraph may end
      text.replace(text.length() - 2, text.length(), MarkdownEscaper.CELL_LINE_BREAK + "\n");
    }
    write(escaped);
  }

  /** Whether the text ends with a hard line break: a backslash (not itself escaped) ending the line. */
  private boolean endsWithHardBreak() {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\\'
        && (n < 3 || text.charAt(n - 3) != '\\');
  }

  private void markLineStart() {
    int newline = text.lastIndexOf("\n");
    if (newline + 1 > lineStart) {
      lineStart = newline + 1;
    }
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
