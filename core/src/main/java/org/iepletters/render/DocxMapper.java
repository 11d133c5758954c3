package org.iepletters.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.iepletters.IepLettersException;

/**
 * Turns the Markdown of one letter into the WordprocessingML of {@code word/document.xml}, styled by the
 * reference document's style ids, written straight into a buffer as the tree is visited. One instance per
 * letter: it collects the numbering instances the letter's ordered lists need, each list restarting at its
 * own first number.
 *
 * <p>The elements, their order and their attributes are those docx4j's objects marshalled to before; the
 * golden tests hold the output to them.
 */
final class DocxMapper extends AbstractVisitor {

  /** A numbering instance one ordered list needs: a new {@code w:num} restarting at {@code start}. */
  record NumberingInstance(int numId, int level, int start) {}

  private final ReferenceDocument reference;
  private final WordXmlWriter xml;
  private final List<NumberingInstance> numbering = new ArrayList<>();
  /** Whether a paragraph is open, so runs go into it. */
  private boolean paragraph;
  /** Whether the paragraph open is directly in the body, not in a table cell. */
  private boolean inCell;
  private boolean bold;
  private boolean italic;
  private int listDepth = -1;
  private String listNumId;
  private boolean firstParagraphOfItem;
  private boolean afterTable;

  /**
   * A mapper writing into a buffer.
   *
   * @param reference the reference document's styles and section properties
   * @param out where the part goes, after its XML declaration
   */
  DocxMapper(ReferenceDocument reference, StringBuilder out) {
    this.reference = reference;
    this.xml = new WordXmlWriter(out);
  }

  /** The numbering instances this letter's ordered lists need, known once the document is visited. */
  List<NumberingInstance> numbering() {
    return numbering;
  }

  @Override
  public void visit(Document document) {
    xml.root("w:document").start("w:body");
    visitChildren(document);
    closeParagraph();
    xml.raw(reference.sectionPropertiesXml).end().end();
  }

  @Override
  public void visit(Paragraph p) {
    if (paragraph) { // a table cell's or list item's text
      visitChildren(p);
      return;
    }
    boolean numbered = listDepth >= 0 && firstParagraphOfItem;
    startParagraph(listDepth >= 0 ? reference.listParagraphStyle : null, numbered, null);
    if (numbered) {
      firstParagraphOfItem = false;
    }
    visitChildren(p);
    closeParagraph();
  }

  @Override
  public void visit(Heading heading) {
    String style = switch (heading.getLevel()) {
      case 1 -> reference.headingStyle1;
      case 2 -> reference.headingStyle2;
      default -> reference.headingStyle3;
    };
    startParagraph(style, false, null);
    visitChildren(heading);
    closeParagraph();
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    startParagraph(null, false, null);
    xml.start("w:r").start("w:br").attribute("w:type", "page").end().end();
    closeParagraph();
  }

  @Override
  public void visit(BulletList list) {
    list(list, reference.bulletNumId);
  }

  @Override
  public void visit(OrderedList list) {
    int numId = reference.firstFreeNumId + numbering.size();
    Integer start = list.getMarkerStartNumber();
    numbering.add(new NumberingInstance(numId, Math.min(listDepth + 1, 8), start == null ? 1 : start));
    list(list, String.valueOf(numId));
  }

  private void list(ListBlock list, String numId) {
    String outerNumId = listNumId;
    listNumId = numId;
    listDepth++;
    visitChildren(list);
    listDepth--;
    listNumId = outerNumId;
  }

  @Override
  public void visit(ListItem item) {
    firstParagraphOfItem = true;
    visitChildren(item);
  }

  @Override
  public void visit(Text text) {
    addText(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    addText(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    addText(" ");
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    addBreak();
  }

  @Override
  public void visit(HtmlInline html) {
    if (!html.getLiteral().equals(MarkdownEscaper.CELL_LINE_BREAK)) {
      throw new IepLettersException("a letter template wrote inline HTML; only " + MarkdownEscaper.CELL_LINE_BREAK
          + " (a line break in a table cell or heading) is allowed");
    }
    addBreak();
  }

  @Override
  public void visit(Emphasis emphasis) {
    boolean outer = italic;
    italic = true;
    visitChildren(emphasis);
    italic = outer;
  }

  @Override
  public void visit(StrongEmphasis strong) {
    boolean outer = bold;
    bold = true;
    visitChildren(strong);
    bold = outer;
  }

  @Override
  public void visit(Link link) {
    visitChildren(link);
    String shown = textOf(link);
    if (!shown.equals(link.getDestination())) {
      addText(" (" + link.getDestination() + ")");
    }
  }

  @Override
  public void visit(Image image) {
    throw new IepLettersException("a letter template holds an image; letters are text only");
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof TableBlock table) {
      table(table);
    } else {
      throw new IepLettersException("unsupported Markdown block: " + block.getClass().getSimpleName());
    }
  }

  @Override
  public void visit(CustomNode node) {
    throw new IepLettersException("unsupported Markdown: " + node.getClass().getSimpleName());
  }

  private void table(TableBlock table) {
    int columns = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        int cells = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          cells++;
        }
        columns = Math.max(columns, cells);
      }
    }
    int width = reference.textWidth / Math.max(columns, 1);

    closeParagraph();
    xml.start("w:tbl").start("w:tblPr")
        .value("w:tblStyle", reference.tableStyle)
        .start("w:tblW").attribute("w:w", 5000).attribute("w:type", "pct").end()
        .start("w:tblLook").attribute("w:firstRow", "1").attribute("w:lastRow", "0").attribute("w:firstColumn", "0")
        .attribute("w:lastColumn", "0").attribute("w:noHBand", "0").attribute("w:noVBand", "1")
        .attribute("w:val", "04A0").end()
        .end();
    xml.start("w:tblGrid");
    for (int i = 0; i < columns; i++) {
      xml.start("w:gridCol").attribute("w:w", width).end();
    }
    xml.end();

    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      boolean header = section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        xml.start("w:tr");
        if (header) {
          xml.start("w:trPr").empty("w:tblHeader").end();
        }
        int cells = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          cell((TableCell) c, width);
          cells++;
        }
        for (; cells < columns; cells++) {
          // a row shorter than the header: Word needs every cell to hold a paragraph
          startCell(width);
          xml.empty("w:p").end();
        }
        xml.end();
      }
    }
    xml.end();
    afterTable = true;
  }

  private void cell(TableCell cell, int width) {
    startCell(width);
    boolean outer = inCell;
    inCell = true;
    String jc = cell.getAlignment() == null ? null : switch (cell.getAlignment()) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
    };
    startParagraph(null, false, jc);
    visitChildren(cell);
    closeParagraph();
    inCell = outer;
    xml.end();
  }

  private void startCell(int width) {
    xml.start("w:tc").start("w:tcPr").start("w:tcW").attribute("w:w", width).attribute("w:type", "dxa").end().end();
  }

  /** Opens a paragraph with its properties, in WordprocessingML's order: style, numbering, spacing, alignment. */
  private void startParagraph(String styleId, boolean numbered, String jc) {
    closeParagraph();
    // Word puts no space after a table; the paragraph after one gets the usual gap
    boolean spaced = afterTable && !inCell;
    afterTable = false;
    xml.start("w:p");
    paragraph = true;
    if (styleId == null && !numbered && !spaced && jc == null) {
      return;
    }
    xml.start("w:pPr");
    if (styleId != null) {
      xml.value("w:pStyle", styleId);
    }
    if (numbered) {
      xml.start("w:numPr").value("w:ilvl", String.valueOf(Math.min(listDepth, 8))).value("w:numId", listNumId).end();
    }
    if (spaced) {
      xml.start("w:spacing").attribute("w:before", 160).end();
    }
    if (jc != null) {
      xml.value("w:jc", jc);
    }
    xml.end();
  }

  private void closeParagraph() {
    if (paragraph) {
      xml.end();
      paragraph = false;
    }
  }

  private void addText(String text) {
    if (text.isEmpty()) {
      return;
    }
    int from = 0;
    for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', from)) {
      addRun(text.substring(from, tab), true);
      from = tab + 1;
    }
    addRun(from == 0 ? text : text.substring(from), false);
  }

  private void addRun(String text, boolean tabAfter) {
    startRun();
    if (!text.isEmpty()) {
      xml.start("w:t");
      if (needsPreserve(text)) {
        xml.attribute("xml:space", "preserve");
      }
      xml.text(text).end();
    }
    if (tabAfter) {
      xml.empty("w:tab");
    }
    xml.end();
  }

  /** Whether Word would drop spaces of the text: leading, trailing or doubled whitespace. */
  private static boolean needsPreserve(String text) {
    return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
        || text.contains("  ");
  }

  private void addBreak() {
    startRun();
    xml.empty("w:br").end();
  }

  private void startRun() {
    if (!paragraph) {
      startParagraph(null, false, null);
    }
    xml.start("w:r");
    if (bold || italic) {
      xml.start("w:rPr");
      if (bold) {
        xml.empty("w:b");
      }
      if (italic) {
        xml.empty("w:i");
      }
      xml.end();
    }
  }

  private static String textOf(Node node) {
    StringBuilder s = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        s.append(text.getLiteral());
      }
    });
    return s.toString();
  }
}
