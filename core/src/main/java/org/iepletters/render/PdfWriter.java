package org.iepletters.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.iepletters.IepLettersException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes the PDF of one letter, tagged for PDF/UA-1 and PDF/A-2a: the letter's Markdown rendered as HTML by
 * CommonMark, laid out by openhtmltopdf with the letter stylesheet and the embedded DejaVu Serif fonts, written
 * by PDFBox. The same input gives the same bytes, on any thread.
 *
 * <p>What every letter shares (the stylesheet, the font files, the sRGB colour profile) is read once when the
 * writer is made; each letter is laid out in its own renderer. The document's language is {@code en-US}, its
 * title and subject are the letter's, its dates are the letter date, its id is a digest of its content, and
 * its producer names the library, never the machine.
 */
public final class PdfWriter {

  /** The font family the stylesheet names and the fonts embedded under it. */
  public static final String FONT_FAMILY = "DejaVu Serif";
  /** The name of the built-in stylesheet, and of the file that replaces it in a template folder. */
  public static final String STYLESHEET = "letter.css";
  private static final String PRODUCER = "IEP Letters";
  private static final String FONTS = "org/iepletters/templates/fonts/";
  private static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** One embedded font face: its file, weight and style. */
  private record FontFace(byte[] file, int weight, FontStyle style) {}

  private static final List<String[]> FACES = List.of(
      new String[] {"DejaVuSerif.ttf", "400", "NORMAL"},
      new String[] {"DejaVuSerif-Bold.ttf", "700", "NORMAL"},
      new String[] {"DejaVuSerif-Italic.ttf", "400", "ITALIC"},
      new String[] {"DejaVuSerif-BoldItalic.ttf", "700", "ITALIC"});

  /** The letter's HTML: a thematic break is a page break, {@code <br>} an XHTML line break. */
  private static final HtmlRenderer HTML = HtmlRenderer.builder()
      .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
      .attributeProviderFactory(context -> (node, tagName, attributes) -> {
        if (node instanceof Paragraph && node.getNext() instanceof TableBlock) {
          attributes.put("class", "introduces-table");
        }
      })
      .nodeRendererFactory(context -> new NodeRenderer() {
        private final HtmlWriter html = context.getWriter();

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
          return Set.of(ThematicBreak.class, HtmlInline.class, Heading.class);
        }

        @Override
        public void render(Node node) {
          if (node instanceof Heading heading) {
            // tagged headings start at H1 and never skip a level; the Markdown's level picks the style
            String tag = "h" + tagLevel(heading);
            html.line();
            html.tag(tag, Map.of("class", "heading-" + heading.getLevel()));
            for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
              context.render(child);
            }
            html.tag("/" + tag);
            html.line();
          } else if (node instanceof ThematicBreak) {
            html.line();
            html.tag("div", Map.of("class", "page-break"));
            html.tag("/div");
            html.line();
          } else if (((HtmlInline) node).getLiteral().equals(MarkdownEscaper.CELL_LINE_BREAK)) {
            html.tag("br", Map.of(), true);
          } else {
            throw new IepLettersException("a letter template wrote inline HTML; only "
                + MarkdownEscaper.CELL_LINE_BREAK + " (a line break in a table cell or heading) is allowed");
          }
        }
      })
      .build();

  static {
    quietOpenHtmlToPdf();
  }

  /**
   * The tag level of a heading in the PDF: the first heading is H1, a heading deeper than the one before is one
   * level deeper than it (never skipping one), the same depth keeps its level, and a shallower one climbs back as
   * far as the Markdown does, never above H1. A letter's "##" sections before "# Exhibit A" are all H1.
   */
  private static int tagLevel(Heading heading) {
    Node document = heading;
    while (document.getParent() != null) {
      document = document.getParent();
    }
    int previousMarkdown = 0;
    int previousTag = 0;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading h) {
        int tag;
        if (previousTag == 0) {
          tag = 1;
        } else if (h.getLevel() > previousMarkdown) {
          tag = previousTag + 1;
        } else {
          tag = Math.max(1, previousTag - (previousMarkdown - h.getLevel()));
        }
        if (h == heading) {
          return Math.min(6, tag);
        }
        previousMarkdown = h.getLevel();
        previousTag = tag;
      }
    }
    throw new IllegalStateException("a heading outside its own document");
  }

  private final String stylesheet;
  private final List<FontFace> fonts;
  private final byte[] colourProfile;

  /**
   * A writer with the given stylesheet and the built-in fonts.
   *
   * @param stylesheet the CSS of the letters' pages
   * @throws IepLettersException when a built-in font is missing from the classpath
   */
  public PdfWriter(String stylesheet) {
    this.stylesheet = stylesheet;
    this.fonts = FACES.stream()
        .map(f -> new FontFace(resource(FONTS + f[0]), Integer.parseInt(f[1]), FontStyle.valueOf(f[2])))
        .toList();
    this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    byte[] regular = fonts.get(0).file();
    LetterFontMapper.install(() -> regular);
  }

  /**
   * The built-in stylesheet, {@code letter.css} of the templates.
   *
   * @return its text
   * @throws IepLettersException when it is missing from the classpath
   */
  public static String builtInStylesheet() {
    return new String(resource("org/iepletters/templates/" + STYLESHEET), StandardCharsets.UTF_8);
  }

  /**
   * The PDF of a letter.
   *
   * @param markdown the letter's Markdown
   * @param title the document title
   * @param subject the document subject
   * @param date the letter date, which dates the document
   * @return the bytes of the file
   * @throws IepLettersException when the letter cannot be laid out
   */
  public byte[] write(String markdown, String title, String subject, LocalDate date) {
    String body = HTML.render(MarkdownSyntax.parse(markdown));
    Document html = document(title, subject);
    Element wrapper = parseBody(body);
    Element target = (Element) html.getElementsByTagName("body").item(0);
    while (wrapper.getFirstChild() != null) {
      target.appendChild(html.adoptNode(wrapper.getFirstChild()));
    }
    return render(html, date, markdown);
  }

  /**
   * A one-page cover naming an exhibit, laid out like a letter: the exhibit's name as a heading, its file name
   * below.
   *
   * @param exhibit the exhibit's name, such as {@code Exhibit B}
   * @param fileName the name of the attached file
   * @param title the document title
   * @param date the letter date, which dates the document
   * @return the bytes of the cover's PDF
   */
  public byte[] cover(String exhibit, String fileName, String title, LocalDate date) {
    Document html = document(title, exhibit + ": " + fileName);
    Element body = (Element) html.getElementsByTagName("body").item(0);
    body.setAttribute("class", "exhibit-cover");
    Element heading = html.createElementNS(XHTML, "h1");
    heading.setAttribute("class", "exhibit-cover");
    heading.setTextContent(exhibit + ": " + fileName);
    body.appendChild(heading);
    return render(html, date, exhibit + "\n" + fileName);
  }

  /** An XHTML document with the language, title, subject and stylesheet set, and an empty body. */
  private Document document(String title, String subject) {
    Document html = newBuilder().newDocument();
    Element root = html.createElementNS(XHTML, "html");
    root.setAttribute("lang", "en-US");
    html.appendChild(root);
    Element head = html.createElementNS(XHTML, "head");
    root.appendChild(head);
    Element titleElement = html.createElementNS(XHTML, "title");
    titleElement.setTextContent(title);
    head.appendChild(titleElement);
    head.appendChild(meta(html, "title", title));
    head.appendChild(meta(html, "subject", subject));
    Element style = html.createElementNS(XHTML, "style");
    style.setTextContent(stylesheet);
    head.appendChild(style);
    root.appendChild(html.createElementNS(XHTML, "body"));
    return html;
  }

  private static Element meta(Document html, String name, String content) {
    Element meta = html.createElementNS(XHTML, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    return meta;
  }

  /** CommonMark's HTML of the letter, parsed as XML: it writes well-formed XHTML for the nodes letters use. */
  private static Element parseBody(String fragment) {
    try {
      Document parsed = newBuilder().parse(new InputSource(new StringReader("<body xmlns=\"" + XHTML + "\">" + fragment + "</body>")));
      return parsed.getDocumentElement();
    } catch (SAXException | IOException e) {
      throw new IepLettersException("the letter's HTML is not well-formed XHTML", e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IepLettersException("no XML parser is set up for the letter's HTML", e);
    }
  }

  private byte[] render(Document html, LocalDate date, String content) {
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(CONFORMANCE)
        .useColorProfile(colourProfile)
        .withProducer(PRODUCER)
        .useUnicodeLineBreaker(new LetterLineBreaker())
        .withW3cDocument(html, null)
        // a letter names no outside resource: nothing is fetched, from the network or the disk
        .useExternalResourceAccessControl((uri, type) -> false,
            com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> false,
            com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withDiagnosticConsumer(PdfWriter::ignore);
    for (FontFace face : fonts) {
      builder.useFont(() -> new ByteArrayInputStream(face.file()), FONT_FAMILY, face.weight(), face.style(), true);
    }
    try {
      return LetterFontMapper.whileRendering(() -> {
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
            PDDocument pdf = renderer.createPDFKeepOpen()) {
          fix(pdf, date, content);
          ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
          pdf.save(out);
          return out.toByteArray();
        }
      });
    } catch (IOException e) {
      throw new IepLettersException("the letter's PDF cannot be written", e);
    }
  }

  /** Dates from the letter date and an id from the content, in the information dictionary and the XMP alike. */
  static void fix(PDDocument pdf, LocalDate date, String content) throws IOException {
    GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    when.clear();
    when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreationDate(when);
    info.setModificationDate(when);
    info.setProducer(PRODUCER);
    PDMetadata metadataStream = pdf.getDocumentCatalog().getMetadata();
    if (metadataStream != null) {
      try (InputStream in = metadataStream.exportXMPMetadata()) {
        DomXmpParser parser = new DomXmpParser();
        XMPMetadata xmp = parser.parse(in);
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
          basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        AdobePDFSchema adobe = xmp.getAdobePDFSchema();
        if (adobe != null) {
          adobe.setProducer(PRODUCER);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, out, true);
        PDMetadata fixed = new PDMetadata(pdf);
        fixed.importXMPMetadata(out.toByteArray());
        pdf.getDocumentCatalog().setMetadata(fixed);
      } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
        throw new IOException("the PDF's XMP metadata cannot be rewritten", e);
      }
    }
    COSString id = new COSString(digest(content + "\n" + date));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(String content) {
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The embedded regular face, DejaVu Serif, as a stream the caller closes. */
  static InputStream fontFile() {
    return new ByteArrayInputStream(resource(FONTS + FACES.get(0)[0]));
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IepLettersException("the built-in " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IepLettersException("cannot read the built-in " + name, e);
    }
  }

  private static void ignore(Diagnostic diagnostic) {
    // openhtmltopdf reports layout notes here; a letter's text may be in them, so none is kept
  }

  /**
   * openhtmltopdf's default logger prints to the console. Unless the application set a logger of its own, the
   * library sets one that drops every message: the library prints nothing, and a message could quote a letter.
   */
  private static void quietOpenHtmlToPdf() {
    XRLogger current = XRLog.getLoggerImpl();
    if (current == null || current instanceof JDKXRLogger) {
      XRLog.setLoggerImpl(new QuietLogger());
    }
  }

  /** A logger that logs nothing. */
  private static final class QuietLogger implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {
      // nothing is logged
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      // nothing is logged
    }

    @Override
    public void setLevel(String logger, Level level) {
      // there is no level to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }
}
