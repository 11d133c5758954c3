package org.iepletters.render;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTObject;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumFmt;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.TblWidth;
import org.iepletters.IepLettersException;

/**
 * What a letter takes from {@code reference.docx}, loaded once as a docx4j package: the style ids the mapper
 * uses, list numbering, the body's section properties (page size, margins, header and footer references), and
 * the parts copied into every letter.
 *
 * <p>Only these parts reach a letter (the allow-list): styles, numbering, settings (with what could reach out
 * of the file removed: an attached template, fields updated on opening, mail merge, document variables,
 * protection), theme, font table with its embedded fonts, and headers and footers with their images. The body
 * of the reference is never copied (only its last section properties), and every other part (macros, OLE
 * objects, {@code altChunk} content, custom XML, comments...) is dropped. A kept part that links outside the
 * file, holds an OLE object, an embedded document or a field that reads other files or programs (DDE,
 * {@code INCLUDETEXT}, {@code INCLUDEPICTURE}, {@code LINK}, {@code IMPORT}) is refused with a message naming the
 * part.
 *
 * <p>Every kept part's content is read once. Letters share it read-only (docx4j marshals the same objects on
 * any number of threads); {@link #copy} gives a package of its own when a caller may change it.
 */
final class ReferencePackage {

  private static final Set<String> FIELDS_THAT_REACH_OUT =
      Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "IMPORT");

  /** A kept part, to be recreated in each letter with the same name and relationship id. */
  record KeptPart(String relationshipId, String relationshipType, PartName name, String contentType,
      Object content, byte[] bytes, List<KeptPart> children) {}

  final String headingStyle1;
  final String headingStyle2;
  final String headingStyle3;
  final String listParagraphStyle;
  final String tableStyle;
  final BigInteger bulletNumId;
  final BigInteger decimalAbstractNumId;
  final BigInteger firstFreeNumId;
  final Numbering numbering;
  final SectPr sectionProperties;
  /** The width between the margins, in twentieths of a point. */
  final int textWidth;
  /** The table style's left plus right cell margins, in twentieths of a point. */
  final int cellMargins;
  /** The font size of body text, in half-points. */
  final int fontHalfPoints;
  /** The space after a body paragraph (the default paragraph style's), in twentieths of a point. */
  final int paragraphGap;
  /** The space after a list paragraph, in twentieths of a point. */
  final int listGap;
  /** The parts the main document of every letter links to, besides numbering. */
  final List<KeptPart> keptParts;
  /** The numbering part's name and relationship id. */
  final PartName numberingName;
  final String numberingRelationshipId;
  /** The XML of each shared part's content, marshalled once. */
  final Map<Object, byte[]> marshalled = new IdentityHashMap<>();

  ReferencePackage(byte[] docx) {
    ReferenceArchive archive = ReferenceArchive.read(docx);
    WordprocessingMLPackage reference;
    try {
      reference = WordprocessingMLPackage.load(new ByteArrayInputStream(ReferenceArchive.zip(archive.entries())));
    } catch (Docx4JException | RuntimeException e) {
      throw new IepLettersException("reference.docx is not a Word document docx4j can read", e);
    }
    MainDocumentPart main = reference.getMainDocumentPart();
    if (main == null) {
      throw ReferenceArchive.problem("it has no main document part");
    }

    StyleDefinitionsPart stylesPart = main.getStyleDefinitionsPart();
    Styles styles = stylesPart == null ? null : contents(stylesPart);
    if (styles == null) {
      throw ReferenceArchive.problem("it has no styles part (word/styles.xml)");
    }
    headingStyle1 = styleId(styles, "paragraph", "heading 1");
    headingStyle2 = styleId(styles, "paragraph", "heading 2");
    headingStyle3 = styleId(styles, "paragraph", "heading 3");
    listParagraphStyle = styleId(styles, "paragraph", "List Paragraph");
    tableStyle = styleId(styles, "table", "Letter Table");
    cellMargins = cellMargins(styles, tableStyle);
    fontHalfPoints = fontHalfPoints(styles);
    paragraphGap = spacingAfter(styles, defaultParagraphStyle(styles));
    listGap = spacingAfter(styles, listParagraphStyle);

    NumberingDefinitionsPart numberingPart = main.getNumberingDefinitionsPart();
    numbering = numberingPart == null ? null : contents(numberingPart);
    if (numbering == null) {
      throw ReferenceArchive.problem("it has no numbering part (word/numbering.xml)");
    }
    numberingName = numberingPart.getPartName();
    numberingRelationshipId = numberingPart.getSourceRelationships().isEmpty() ? null
        : numberingPart.getSourceRelationships().get(0).getId();
    BigInteger bulletAbstract = abstractNumId(numbering, NumberFormat.BULLET);
    decimalAbstractNumId = abstractNumId(numbering, NumberFormat.DECIMAL);
    BigInteger bullet = null;
    BigInteger maxNumId = BigInteger.ZERO;
    for (Numbering.Num num : numbering.getNum()) {
      if (num.getNumId() == null || num.getAbstractNumId() == null || num.getAbstractNumId().getVal() == null) {
        throw ReferenceArchive.problem("a numbering instance in word/numbering.xml has no number or no list");
      }
      maxNumId = maxNumId.max(num.getNumId());
      if (bullet == null && num.getAbstractNumId().getVal().equals(bulletAbstract)) {
        bullet = num.getNumId();
      }
    }
    if (bullet == null) {
      throw ReferenceArchive.problem("its bullet list numbering is not used by any numbering instance");
    }
    if (maxNumId.bitLength() > 30) {
      throw ReferenceArchive.problem("a numbering instance in word/numbering.xml has an id out of range");
    }
    bulletNumId = bullet;
    firstFreeNumId = maxNumId.add(BigInteger.ONE);

    Body body = contents(main).getBody();
    if (body == null || body.getSectPr() == null) {
      throw ReferenceArchive.problem("its body has no section properties (page size and margins)");
    }
    sectionProperties = body.getSectPr();
    textWidth = textWidth(sectionProperties);

    keptParts = keptParts(main);
    marshalled.put(numbering, PackageWriter.marshal(numberingPart, numbering));
    for (KeptPart part : keptParts) {
      remember(part);
    }
  }

  private void remember(KeptPart part) {
    if (part.content() != null) {
      try {
        JaxbXmlPart<?> xml = (JaxbXmlPart<?>) newPart(part);
        setContent(xml, part.content());
        marshalled.put(part.content(), PackageWriter.marshal(xml, part.content()));
      } catch (InvalidFormatException e) {
        throw new IepLettersException("reference.docx: " + part.name().getName() + " cannot be prepared", e);
      }
    }
    part.children().forEach(this::remember);
  }

  private static List<KeptPart> keptParts(MainDocumentPart main) {
    List<KeptPart> kept = new ArrayList<>();
    RelationshipsPart rels = main.getRelationshipsPart(false);
    if (rels == null) {
      return kept;
    }
    for (Relationship rel : rels.getRelationships().getRelationship()) {
      String type = rel.getType();
      boolean allowed = Namespaces.STYLES.equals(type) || Namespaces.SETTINGS.equals(type)
          || Namespaces.THEME.equals(type) || Namespaces.FONT_TABLE.equals(type) || Namespaces.HEADER.equals(type)
          || Namespaces.FOOTER.equals(type);
      if (!allowed || "External".equals(rel.getTargetMode())) {
        continue; // numbering is made per letter; the rest never reaches a letter
      }
      Part part = rels.getPart(rel);
      if (part == null) {
        continue;
      }
      String name = ReferenceArchive.printable(part.getPartName().getName().substring(1));
      Object content = part instanceof JaxbXmlPart<?> xml ? contents(xml) : null;
      if (content == null) {
        throw ReferenceArchive.problem("its part " + name + " cannot be read");
      }
      if (part instanceof DocumentSettingsPart) {
        content = safeSettings((CTSettings) content);
      }
      if (part instanceof HeaderPart || part instanceof FooterPart) {
        checkContent(content, name);
      }
      List<KeptPart> children = part instanceof DocumentSettingsPart ? List.of() : children(part, name);
      kept.add(new KeptPart(rel.getId(), type, part.getPartName(), part.getContentType(), content, null, children));
    }
    return kept;
  }

  /** The images of a header or footer and the fonts of the font table, internal only. */
  private static List<KeptPart> children(Part parent, String parentName) {
    List<KeptPart> children = new ArrayList<>();
    RelationshipsPart rels = parent.getRelationshipsPart(false);
    if (rels == null) {
      return children;
    }
    for (Relationship rel : rels.getRelationships().getRelationship()) {
      if ("External".equals(rel.getTargetMode())) {
        throw ReferenceArchive.problem("its part " + parentName + " links to a target outside the file");
      }
      boolean image = Namespaces.IMAGE.equals(rel.getType());
      boolean font = Namespaces.FONT.equals(rel.getType());
      if (!image && !font) {
        throw ReferenceArchive.problem("its part " + parentName + " links to a part a letter may not carry");
      }
      Part part = rels.getPart(rel);
      if (!(part instanceof BinaryPart binary)) {
        throw ReferenceArchive.problem("its part " + parentName + " links to a missing or unreadable part");
      }
      children.add(new KeptPart(rel.getId(), rel.getType(), part.getPartName(), part.getContentType(), null,
          binary.getBytes(), List.of()));
    }
    return children;
  }

  /** The settings without what could reach outside the file or change it when it is opened. */
  private static CTSettings safeSettings(CTSettings settings) {
    CTSettings safe = XmlUtils.deepCopy(settings);
    safe.setAttachedTemplate(null);
    safe.setUpdateFields(null);
    safe.setMailMerge(null);
    safe.setDocVars(null);
    safe.setLinkStyles(null);
    safe.setSaveThroughXslt(null);
    safe.setUseXSLTWhenSaving(null);
    safe.setSaveXmlDataOnly(null);
    safe.setWriteProtection(null);
    safe.setDocumentProtection(null);
    safe.setSchemaLibrary(null);
    safe.setFootnotePr(null);
    safe.setEndnotePr(null);
    safe.setHdrShapeDefaults(null);
    safe.setShapeDefaults(null);
    safe.setRsids(null);
    return safe;
  }

  /** Refuses a header or footer holding an OLE object, an embedded document or a field that reads outside. */
  private static void checkContent(Object content, String name) {
    StringBuilder instructions = new StringBuilder();
    boolean[] foreign = new boolean[1];
    new TraversalUtil(content, new TraversalUtil.CallbackImpl() {
      @Override
      public List<Object> apply(Object o) {
        Object value = XmlUtils.unwrap(o);
        if (value instanceof CTObject || value instanceof org.docx4j.wml.CTAltChunk
            || value instanceof org.docx4j.wml.CTRel) {
          foreign[0] = true;
        } else if (value instanceof CTSimpleField field && field.getInstr() != null) {
          instructions.append(' ').append(field.getInstr());
        } else if (value instanceof org.docx4j.wml.R run) {
          for (Object item : run.getContent()) {
            if (item instanceof jakarta.xml.bind.JAXBElement<?> element
                && element.getName().getLocalPart().equals("instrText")
                && element.getValue() instanceof org.docx4j.wml.Text text && text.getValue() != null) {
              instructions.append(text.getValue());
            }
          }
        }
        return null;
      }
    });
    if (foreign[0]) {
      throw ReferenceArchive.problem("its part " + name + " holds an embedded object or document");
    }
    for (String word : instructions.toString().toUpperCase(Locale.ROOT).split("[^A-Z]+")) {
      if (FIELDS_THAT_REACH_OUT.contains(word)) {
        throw ReferenceArchive.problem("its part " + name + " holds a " + word
            + " field, which reads other files or programs");
      }
    }
  }

  /** The package of one letter, sharing this reference's part contents read-only. */
  WordprocessingMLPackage letterPackage(List<Object> body, Numbering letterNumbering, boolean copy)
      throws InvalidFormatException {
    WordprocessingMLPackage pkg = new WordprocessingMLPackage();
    MainDocumentPart main = new MainDocumentPart();
    org.docx4j.wml.Document document = new org.docx4j.wml.Document();
    Body letterBody = new Body();
    letterBody.getContent().addAll(body);
    letterBody.setSectPr(copy ? XmlUtils.deepCopy(sectionProperties) : sectionProperties);
    document.setBody(letterBody);
    main.setJaxbElement(document);
    pkg.addTargetPart(main);
    for (KeptPart kept : keptParts) {
      add(main, kept, copy);
    }
    NumberingDefinitionsPart numberingPart = new NumberingDefinitionsPart(numberingName);
    numberingPart.setJaxbElement(copy ? XmlUtils.deepCopy(letterNumbering) : letterNumbering);
    if (numberingRelationshipId == null) {
      main.addTargetPart(numberingPart);
    } else {
      main.addTargetPart(numberingPart, RelationshipsPart.AddPartBehaviour.OVERWRITE_IF_NAME_EXISTS,
          numberingRelationshipId);
    }
    return pkg;
  }

  private static void add(Part owner, KeptPart kept, boolean copy) throws InvalidFormatException {
    Part part = newPart(kept);
    if (part instanceof JaxbXmlPart<?>) {
      setContent((JaxbXmlPart<?>) part, copy ? XmlUtils.deepCopy(kept.content()) : kept.content());
    } else {
      ((BinaryPart) part).setBinaryData(kept.bytes().clone());
    }
    owner.addTargetPart(part, RelationshipsPart.AddPartBehaviour.OVERWRITE_IF_NAME_EXISTS, kept.relationshipId());
    for (KeptPart child : kept.children()) {
      add(part, child, copy);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E> void setContent(JaxbXmlPart<E> part, Object content) {
    part.setJaxbElement((E) content);
  }

  private static Part newPart(KeptPart kept) throws InvalidFormatException {
    String type = kept.relationshipType();
    Part part;
    if (Namespaces.STYLES.equals(type)) {
      part = new StyleDefinitionsPart(kept.name());
    } else if (Namespaces.SETTINGS.equals(type)) {
      part = new DocumentSettingsPart(kept.name());
    } else if (Namespaces.THEME.equals(type)) {
      part = new ThemePart(kept.name());
    } else if (Namespaces.FONT_TABLE.equals(type)) {
      part = new FontTablePart(kept.name());
    } else if (Namespaces.HEADER.equals(type)) {
      part = new HeaderPart(kept.name());
    } else if (Namespaces.FOOTER.equals(type)) {
      part = new FooterPart(kept.name());
    } else {
      part = new BinaryPart(kept.name());
      part.setContentType(new ContentType(kept.contentType()));
      part.setRelationshipType(type);
    }
    return part;
  }

  private static <E> E contents(JaxbXmlPart<E> part) {
    try {
      return part.getContents();
    } catch (Docx4JException | RuntimeException e) {
      throw new IepLettersException("reference.docx: "
          + ReferenceArchive.printable(part.getPartName().getName().substring(1)) + " cannot be read", e);
    }
  }

  private static int textWidth(SectPr section) {
    SectPr.PgSz size = section.getPgSz();
    SectPr.PgMar margins = section.getPgMar();
    if (size == null || margins == null || size.getW() == null || margins.getLeft() == null
        || margins.getRight() == null) {
      return 9360; // US Letter with one-inch margins
    }
    BigInteger width = size.getW().subtract(margins.getLeft()).subtract(margins.getRight());
    if (width.compareTo(BigInteger.valueOf(1440)) < 0 || width.compareTo(BigInteger.valueOf(31680)) > 0) {
      throw ReferenceArchive.problem("its page leaves less than an inch or more than 22 inches between the margins");
    }
    return width.intValueExact();
  }

  private static int cellMargins(Styles styles, String tableStyleId) {
    Style style = style(styles, tableStyleId);
    CTTblPrBase tblPr = style == null ? null : style.getTblPr();
    CTTblCellMar margins = tblPr == null ? null : tblPr.getTblCellMar();
    return margins == null ? 216 : twips(margins.getLeft()) + twips(margins.getRight());
  }

  private static int twips(TblWidth width) {
    if (width == null || width.getW() == null || width.getW().signum() < 0 || width.getW().bitLength() > 15) {
      return 108;
    }
    return width.getW().intValue();
  }

  private static int fontHalfPoints(Styles styles) {
    if (styles.getDocDefaults() != null && styles.getDocDefaults().getRPrDefault() != null
        && styles.getDocDefaults().getRPrDefault().getRPr() != null
        && styles.getDocDefaults().getRPrDefault().getRPr().getSz() != null) {
      BigInteger size = styles.getDocDefaults().getRPrDefault().getRPr().getSz().getVal();
      if (size != null && size.compareTo(BigInteger.valueOf(8)) >= 0 && size.compareTo(BigInteger.valueOf(200)) <= 0) {
        return size.intValue();
      }
    }
    return 22;
  }

  /** The id of the paragraph style marked default, or null when none is. */
  private static String defaultParagraphStyle(Styles styles) {
    for (Style style : styles.getStyle()) {
      if ("paragraph".equals(style.getType()) && style.isDefault()) {
        return style.getStyleId();
      }
    }
    return null;
  }

  /**
   * The space after a paragraph of a style, in twentieths of a point: the style's own, else that of the style it
   * is based on (up to ten deep), else the document defaults', else none.
   */
  private static int spacingAfter(Styles styles, String styleId) {
    String id = styleId;
    for (int depth = 0; id != null && depth < 10; depth++) {
      Style style = style(styles, id);
      if (style == null) {
        break;
      }
      BigInteger after = style.getPPr() == null || style.getPPr().getSpacing() == null ? null
          : style.getPPr().getSpacing().getAfter();
      if (after != null) {
        return twips(after);
      }
      id = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
    }
    if (styles.getDocDefaults() != null && styles.getDocDefaults().getPPrDefault() != null
        && styles.getDocDefaults().getPPrDefault().getPPr() != null
        && styles.getDocDefaults().getPPrDefault().getPPr().getSpacing() != null
        && styles.getDocDefaults().getPPrDefault().getPPr().getSpacing().getAfter() != null) {
      return twips(styles.getDocDefaults().getPPrDefault().getPPr().getSpacing().getAfter());
    }
    return 0;
  }

  /** A spacing from the reference, kept within a page's height (31,680 twentieths of a point is 22 inches). */
  private static int twips(BigInteger value) {
    return value.max(BigInteger.ZERO).min(BigInteger.valueOf(31_680)).intValue();
  }

  private static Style style(Styles styles, String id) {
    for (Style style : styles.getStyle()) {
      if (id.equals(style.getStyleId())) {
        return style;
      }
    }
    return null;
  }

  private static String styleId(Styles styles, String type, String name) {
    for (Style style : styles.getStyle()) {
      if (type.equals(style.getType()) && style.getName() != null && style.getStyleId() != null
          && name.equalsIgnoreCase(style.getName().getVal())) {
        return style.getStyleId();
      }
    }
    throw ReferenceArchive.problem("it has no " + type + " style named \"" + name + "\"");
  }

  private static BigInteger abstractNumId(Numbering numbering, NumberFormat format) {
    for (Numbering.AbstractNum abstractNum : numbering.getAbstractNum()) {
      for (Lvl level : abstractNum.getLvl()) {
        NumFmt numFmt = level.getNumFmt();
        if (BigInteger.ZERO.equals(level.getIlvl()) && numFmt != null && format == numFmt.getVal()
            && abstractNum.getAbstractNumId() != null) {
          return abstractNum.getAbstractNumId();
        }
      }
    }
    throw ReferenceArchive.problem("it defines no " + format.value() + " list numbering");
  }
}
