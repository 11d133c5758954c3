package org.iepletters.bench;

import java.util.List;

/** One block of a letter's body, in reading order, as plain data that a baseline writer turns into a document. */
public sealed interface LetterBlock {

  /**
   * A stretch of text in one weight; a newline inside the text is a line break.
   *
   * @param text the text
   * @param bold whether it is bold
   * @param italic whether it is italic
   */
  record Run(String text, boolean bold, boolean italic) {}

  /**
   * A heading of the given level (1 to 3), styled {@code Heading1} to {@code Heading3}.
   *
   * @param level 1 to 3
   * @param runs the heading's text
   */
  record Heading(int level, List<Run> runs) implements LetterBlock {
    /** Copies the runs. */
    public Heading {
      runs = List.copyOf(runs);
    }
  }

  /**
   * A body paragraph, styled {@code Normal}.
   *
   * @param runs the paragraph's text
   */
  record Paragraph(List<Run> runs) implements LetterBlock {
    /** Copies the runs. */
    public Paragraph {
      runs = List.copyOf(runs);
    }
  }

  /**
   * One item of a list, styled {@code ListParagraph}: numbered lists restart at 1 in each list.
   *
   * @param ordered whether the list is numbered
   * @param list which list of the letter the item belongs to, counted from 0
   * @param runs the item's text
   */
  record ListItem(boolean ordered, int list, List<Run> runs) implements LetterBlock {
    /** Copies the runs. */
    public ListItem {
      runs = List.copyOf(runs);
    }
  }

  /**
   * A table: a header row repeated on every page, then the body rows; no row splits across pages.
   *
   * @param header the header row's cells
   * @param rows the body rows' cells
   */
  record Table(List<String> header, List<List<String>> rows) implements LetterBlock {
    /** Copies the cells. */
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A page break, where the letter ends and its exhibit begins. */
  record PageBreak() implements LetterBlock {}
}
