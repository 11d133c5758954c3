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
    write(MarkdownEscaper.escape(value, text.subSequence(lineStart, text.length())));
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
