package org.iepletters.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
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
import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.iepletters.IepLettersException;

/**
 * Turns the Markdown of one letter into docx4j's WordprocessingML objects ({@code org.docx4j.wml}), styled by
 * the reference document's style ids. One instance per letter: it collects the body and the numbering
 * instances its ordered lists need, each list restarting at its own first number.
 *
 * <p>The rules: a soft line break is a space, a hard one (or {@code <br>}) a {@code w:br}; a thematic break is
 * a page break; text keeps its spaces ({@code xml:space="preserve"} where Word would drop them) and a tab is a
 * {@code w:tab}; headings take the reference's heading styles, list paragraphs its list style. On the page: a
 * table's columns are sized to their content ({@link ColumnWidths}), no row splits across pages, its header
 * row repeats, and the paragraph that introduces it stays on its page; the paragraph before the closing (marked
 * {@code <closing>} by the templates) stays with the closing and the signature after it.
 */
final class DocxMapper extends AbstractVisitor {

  private static final ObjectFactory WML = new ObjectFactory();

  private final ReferencePackage reference;
  private final List<Object> body = new ArrayList<>();
  private final List<Numbering.Num> numbering = new ArrayList<>();
  private List<Object> target = body;
  private P paragraph;
  private boolean bold;
  private boolean italic;
  private int listDepth = -1;
  private BigInteger listNumId;
  private boolean firstParagraphOfItem;
  private boolean afterTable;
  /** Whether the last body paragraph ended a list. */
  private boolean afterList;
  /** The size of a table's text when it is smaller than the letter's, in half-points; 0 otherwise. */
  private int tableHalfPoints;
  /** Whether the next body paragraph is the signature after the closing. */
  private boolean signatureNext;

  DocxMapper(ReferencePackage reference) {
    this.reference = reference;
  }

  /** The body content, in order, without the section properties. */
  List<Object> body() {
    return body;
  }

  /** The letter's numbering: the reference's, plus one instance per ordered list when it has any. */
  Numbering numbering() {
    if (numbering.isEmpty()) {
      return reference.numbering;
    }
    Numbering letter = WML.createNumbering();
    letter.getAbstractNum().addAll(reference.numbering.getAbstractNum());
    letter.getNum().addAll(reference.numbering.getNum());
    letter.getNum().addAll(numbering);
    letter.setNumIdMacAtCleanup(reference.numbering.getNumIdMacAtCleanup());
    return letter;
  }

  @Override
  public void visit(Document document) {
    visitChildren(document);
  }

  @Override
  public void visit(Paragraph p) {
    if (paragraph != null) { // a table cell's or list item's text
      visitChildren(p);
      return;
    }
    boolean closing = p.getFirstChild() instanceof HtmlInline html && html.getLiteral().equals(MarkdownSyntax.CLOSING);
    if (closing && target == body && !body.isEmpty() && body.get(body.size() - 1) instanceof P before) {
      properties(before).setKeepNext(new BooleanDefaultTrue());
    }
    boolean signature = signatureNext && target == body;
    signatureNext = closing;
    P para = startParagraph(listDepth >= 0 ? reference.listParagraphStyle : null);
    if (listDepth >= 0 && firstParagraphOfItem) {
      numberParagraph(para);
      firstParagraphOfItem = false;
    }
    if (closing) {
      properties(para).setKeepNext(new BooleanDefaultTrue());
    }
    if (signature) {
      properties(para).setKeepLines(new BooleanDefaultTrue());
    }
    visitChildren(p);
    paragraph = null;
  }

  @Override
  public void visit(Heading heading) {
    String style = switch (heading.getLevel()) {
      case 1 -> reference.headingStyle1;
      case 2 -> reference.headingStyle2;
      default -> reference.headingStyle3;
    };
    startParagraph(style);
    visitChildren(heading);
    paragraph = null;
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    afterList = false; // the break's own paragraph needs no gap: what follows it starts a page
    P page = startParagraph(null);
    R run = WML.createR();
    Br br = WML.createBr();
    br.setType(STBrType.PAGE);
    run.getContent().add(br);
    page.getContent().add(run);
    paragraph = null;
  }

  @Override
  public void visit(BulletList list) {
    list(list, reference.bulletNumId);
  }

  @Override
  public void visit(OrderedList list) {
    BigInteger numId = reference.firstFreeNumId.add(BigInteger.valueOf(numbering.size()));
    Integer start = list.getMarkerStartNumber();
    Numbering.Num num = WML.createNumberingNum();
    num.setNumId(numId);
    Numbering.Num.AbstractNumId abstractNumId = WML.createNumberingNumAbstractNumId();
    abstractNumId.setVal(reference.decimalAbstractNumId);
    num.setAbstractNumId(abstractNumId);
    Numbering.Num.LvlOverride override = WML.createNumberingNumLvlOverride();
    override.setIlvl(BigInteger.valueOf(Math.min(listDepth + 1, 8)));
    Numbering.Num.LvlOverride.StartOverride startOverride = WML.createNumberingNumLvlOverrideStartOverride();
    startOverride.setVal(BigInteger.valueOf(start == null ? 1 : start));
    override.setStartOverride(startOverride);
    num.getLvlOverride().add(override);
    numbering.add(num);
    list(list, numId);
  }

  private void list(ListBlock list, BigInteger numId) {
    BigInteger outerNumId = listNumId;
    listNumId = numId;
    listDepth++;
    visitChildren(list);
    listDepth--;
    listNumId = outerNumId;
    afterList = listDepth < 0;
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
    if (html.getLiteral().equals(MarkdownSyntax.CLOSING) && html.getPrevious() == null
        && html.getParent() instanceof Paragraph) {
      return; // read in visit(Paragraph)
    }
    if (!html.getLiteral().equals(MarkdownEscaper.CELL_LINE_BREAK)) {
      throw new IepLettersException("a letter template wrote inline HTML; only " + MarkdownEscaper.CELL_LINE_BREAK
          + " (a line break in a table cell or heading) and " + MarkdownSyntax.CLOSING
          + " (opening the closing paragraph) are allowed");
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
    List<TableRow> rows = new ArrayList<>();
    List<Boolean> header = new ArrayList<>();
    List<List<String>> texts = new ArrayList<>();
    int columns = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        rows.add((TableRow) row);
        header.add(section instanceof TableHead);
        List<String> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          cells.add(cellText(c));
        }
        texts.add(cells);
        columns = Math.max(columns, cells.size());
      }
    }
    columns = Math.max(columns, 1);
    ColumnWidths.Layout layout = ColumnWidths.of(texts, !header.isEmpty() && header.get(0), columns,
        reference.textWidth, reference.cellMargins, reference.fontHalfPoints);
    int[] widths = layout.twips();

    // the sentence that introduces the table stays on the page of its first rows
    if (target == body && !body.isEmpty() && body.get(body.size() - 1) instanceof P intro) {
      properties(intro).setKeepNext(new BooleanDefaultTrue());
    }

    Tbl tbl = WML.createTbl();
    TblPr tblPr = WML.createTblPr();
    CTTblPrBase.TblStyle style = WML.createCTTblPrBaseTblStyle();
    style.setVal(reference.tableStyle);
    tblPr.setTblStyle(style);
    TblWidth tblWidth = WML.createTblWidth();
    tblWidth.setType("pct");
    tblWidth.setW(BigInteger.valueOf(5000));
    tblPr.setTblW(tblWidth);
    CTTblLayoutType fixed = WML.createCTTblLayoutType();
    fixed.setType(STTblLayoutType.FIXED);
    tblPr.setTblLayout(fixed);
    if (layout.cellMargins() < reference.cellMargins) {
      CTTblCellMar margins = WML.createCTTblCellMar();
      margins.setLeft(width(layout.cellMargins() / 2));
      margins.setRight(width(layout.cellMargins() - layout.cellMargins() / 2));
      tblPr.setTblCellMar(margins);
    }
    CTTblLook look = WML.createCTTblLook();
    look.setVal("04A0");
    look.setFirstRow(STOnOff.ONE);
    look.setLastRow(STOnOff.ZERO);
    look.setFirstColumn(STOnOff.ZERO);
    look.setLastColumn(STOnOff.ZERO);
    look.setNoHBand(STOnOff.ZERO);
    look.setNoVBand(STOnOff.ONE);
    tblPr.setTblLook(look);
    tbl.setTblPr(tblPr);
    TblGrid grid = WML.createTblGrid();
    for (int i = 0; i < columns; i++) {
      TblGridCol col = WML.createTblGridCol();
      col.setW(BigInteger.valueOf(widths[i]));
      grid.getGridCol().add(col);
    }
    tbl.setTblGrid(grid);

    tableHalfPoints = layout.halfPoints() < reference.fontHalfPoints ? layout.halfPoints() : 0;
    for (int r = 0; r < rows.size(); r++) {
      Tr tr = WML.createTr();
      TrPr trPr = WML.createTrPr();
      trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
      if (header.get(r)) {
        trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
      }
      tr.setTrPr(trPr);
      int cells = 0;
      for (Node c = rows.get(r).getFirstChild(); c != null; c = c.getNext()) {
        tr.getContent().add(cell((TableCell) c, widths[cells]));
        cells++;
      }
      for (; cells < columns; cells++) {
        tr.getContent().add(emptyCell(widths[cells]));
      }
      tbl.getContent().add(tr);
    }
    tableHalfPoints = 0;
    target.add(tbl);
    afterTable = true;
  }

  private Tc cell(TableCell cell, int width) {
    Tc tc = cellOfWidth(width);
    List<Object> outer = target;
    target = tc.getContent();
    P para = startParagraph(null);
    if (cell.getAlignment() != null) {
      Jc jc = WML.createJc();
      jc.setVal(switch (cell.getAlignment()) {
        case LEFT -> JcEnumeration.LEFT;
        case CENTER -> JcEnumeration.CENTER;
        case RIGHT -> JcEnumeration.RIGHT;
      });
      properties(para).setJc(jc);
    }
    visitChildren(cell);
    paragraph = null;
    target = outer;
    return tc;
  }

  /** A cell for a row shorter than the header: Word needs every cell to hold a paragraph. */
  private static Tc emptyCell(int width) {
    Tc tc = cellOfWidth(width);
    tc.getContent().add(WML.createP());
    return tc;
  }

  private static TblWidth width(int twips) {
    TblWidth w = WML.createTblWidth();
    w.setType("dxa");
    w.setW(BigInteger.valueOf(twips));
    return w;
  }

  private static Tc cellOfWidth(int width) {
    Tc tc = WML.createTc();
    TcPr tcPr = WML.createTcPr();
    TblWidth w = WML.createTblWidth();
    w.setType("dxa");
    w.setW(BigInteger.valueOf(width));
    tcPr.setTcW(w);
    tc.setTcPr(tcPr);
    return tc;
  }

  private P startParagraph(String styleId) {
    P p = WML.createP();
    if (styleId != null) {
      PPrBase.PStyle pStyle = WML.createPPrBasePStyle();
      pStyle.setVal(styleId);
      properties(p).setPStyle(pStyle);
    }
    if (afterTable && target == body) {
      // Word puts no space after a table; the paragraph after one gets the usual gap
      spaceBefore(p, reference.paragraphGap);
    } else if (afterList && target == body && styleId == null && reference.paragraphGap > reference.listGap) {
      // list items sit closer together than paragraphs: the paragraph after a list makes up the usual gap
      spaceBefore(p, reference.paragraphGap - reference.listGap);
    }
    afterTable = false;
    afterList = false;
    target.add(p);
    paragraph = p;
    return p;
  }

  private static void spaceBefore(P p, int twips) {
    PPrBase.Spacing spacing = WML.createPPrBaseSpacing();
    spacing.setBefore(BigInteger.valueOf(twips));
    properties(p).setSpacing(spacing);
  }

  private static PPr properties(P p) {
    if (p.getPPr() == null) {
      p.setPPr(WML.createPPr());
    }
    return p.getPPr();
  }

  private void numberParagraph(P para) {
    PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
    PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
    ilvl.setVal(BigInteger.valueOf(Math.min(listDepth, 8)));
    PPrBase.NumPr.NumId numId = WML.createPPrBaseNumPrNumId();
    numId.setVal(listNumId);
    numPr.setIlvl(ilvl);
    numPr.setNumId(numId);
    properties(para).setNumPr(numPr);
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
    R run = run();
    if (!text.isEmpty()) {
      org.docx4j.wml.Text t = WML.createText();
      t.setValue(text);
      if (needsPreserve(text)) {
        t.setSpace("preserve");
      }
      run.getContent().add(WML.createRT(t));
    }
    if (tabAfter) {
      run.getContent().add(WML.createRTab(WML.createRTab()));
    }
  }

  /** Whether Word would drop spaces of the text: leading, trailing or doubled whitespace. */
  private static boolean needsPreserve(String text) {
    return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
        || text.contains("  ");
  }

  private void addBreak() {
    run().getContent().add(WML.createBr());
  }

  private R run() {
    if (paragraph == null) {
      startParagraph(null);
    }
    R run = WML.createR();
    if (bold || italic || tableHalfPoints > 0) {
      RPr rPr = WML.createRPr();
      if (bold) {
        rPr.setB(new BooleanDefaultTrue());
      }
      if (italic) {
        rPr.setI(new BooleanDefaultTrue());
      }
      if (tableHalfPoints > 0) {
        HpsMeasure size = WML.createHpsMeasure();
        size.setVal(BigInteger.valueOf(tableHalfPoints));
        rPr.setSz(size);
        HpsMeasure complexSize = WML.createHpsMeasure();
        complexSize.setVal(BigInteger.valueOf(tableHalfPoints));
        rPr.setSzCs(complexSize);
      }
      run.setRPr(rPr);
    }
    paragraph.getContent().add(run);
    return run;
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

  /** A cell's text as the reader sees it, a line break as {@code \n}. */
  private static String cellText(Node cell) {
    StringBuilder s = new StringBuilder();
    cell.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        s.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        s.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        s.append(' ');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        s.append('\n');
      }

      @Override
      public void visit(HtmlInline html) {
        s.append('\n');
      }
    });
    return s.toString().replace('\t', ' ');
  }
}
