package org.iepletters.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.docx4j.docProps.core.CoreProperties;
import org.iepletters.Letter;
import org.iepletters.bench.LetterBlock.Run;

/**
 * The text of one letter as plain data, so that a baseline writer writes the same letter as the product: taken
 * once, before measuring, from the Markdown the product rendered for the letter (its paragraphs, headings,
 * numbered requests, tables and page break, with their bold and italic text), never from the case.
 *
 * @param title the document title (core properties)
 * @param subject the document subject (core properties)
 * @param date the letter date, also the document's creation date
 * @param blocks the body in reading order
 */
public record LetterContent(String title, String subject, LocalDate date, List<LetterBlock> blocks) {

  private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /** Copies the blocks. */
  public LetterContent {
    blocks = List.copyOf(blocks);
  }

  /**
   * The content of a letter the product rendered.
   *
   * @param letter the rendered letter
   * @param date the letter's date
   * @return its title and subject (read from the product's core properties), date and body
   */
  public static LetterContent of(Letter letter, LocalDate date) {
    List<LetterBlock> blocks = new ArrayList<>();
    int lists = 0;
    for (Node block = MARKDOWN.parse(letter.markdown()).getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        blocks.add(new LetterBlock.Heading(heading.getLevel(), runs(heading)));
      } else if (block instanceof Paragraph paragraph) {
        blocks.add(new LetterBlock.Paragraph(runs(paragraph)));
      } else if (block instanceof ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          blocks.add(new LetterBlock.ListItem(list instanceof OrderedList, lists, runs(item.getFirstChild())));
        }
        lists++;
      } else if (block instanceof TableBlock table) {
        blocks.add(table(table));
      } else if (block instanceof ThematicBreak) {
        blocks.add(new LetterBlock.PageBreak());
      } else {
        throw new IllegalArgumentException("no baseline mapping for " + block.getClass().getSimpleName());
      }
    }
    CoreProperties properties = letter.wordprocessingPackage().getDocPropsCorePart().getJaxbElement();
    String title = String.join("", properties.getTitle().getValue().getContent());
    String subject = String.join("", properties.getSubject().getContent());
    return new LetterContent(title, subject, date, blocks);
  }

  private static LetterBlock.Table table(TableBlock table) {
    List<String> header = List.of();
    List<List<String>> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          StringBuilder text = new StringBuilder();
          for (Run run : runs((TableCell) cell)) {
            text.append(run.text());
          }
          cells.add(text.toString());
        }
        if (section instanceof TableHead) {
          header = cells;
        } else if (row instanceof TableRow) {
          rows.add(cells);
        }
      }
    }
    return new LetterBlock.Table(header, rows);
  }

  private static List<Run> runs(Node parent) {
    List<Run> runs = new ArrayList<>();
    collect(parent, false, false, runs);
    return runs;
  }

  private static void collect(Node parent, boolean bold, boolean italic, List<Run> runs) {
    if (parent == null) {
      return;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        runs.add(new Run(text.getLiteral(), bold, italic));
      } else if (node instanceof Code code) {
        runs.add(new Run(code.getLiteral(), bold, italic));
      } else if (node instanceof StrongEmphasis) {
        collect(node, true, italic, runs);
      } else if (node instanceof Emphasis) {
        collect(node, bold, true, runs);
      } else if (node instanceof HardLineBreak) {
        runs.add(new Run("\n", bold, italic));
      } else if (node instanceof SoftLineBreak) {
        runs.add(new Run(" ", bold, italic));
      } else if (!(node instanceof HtmlInline)) {
        // the only inline HTML in a letter is the template's mark opening the closing paragraph
        throw new IllegalArgumentException("no baseline mapping for " + node.getClass().getSimpleName());
      }
    }
  }
}
