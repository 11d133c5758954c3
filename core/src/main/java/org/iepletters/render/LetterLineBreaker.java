package org.iepletters.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Where a line of a PDF letter may break: after spaces, and after a hyphen between two letters, as a word
 * processor breaks. The default breaker also breaks before an opening parenthesis, which split citations such
 * as {@code 34 CFR 300.503(a)} across two lines. One instance per letter: it holds the text it walks.
 */
final class LetterLineBreaker implements FSTextBreaker {
  private String text = "";
  private int position;

  @Override
  public void setText(String newText) {
    this.text = newText;
    this.position = 0;
  }

  @Override
  public int next() {
    int length = text.length();
    if (position >= length) {
      return BreakIterator.DONE;
    }
    int i = position;
    while (i < length) {
      char c = text.charAt(i++);
      if (Character.isWhitespace(c)) {
        while (i < length && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        break;
      }
      if (c == '-' && i >= 2 && i < length && Character.isLetter(text.charAt(i - 2))
          && Character.isLetter(text.charAt(i))) {
        break;
      }
    }
    position = i;
    return i;
  }
}
