package org.iepletters.render;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Markdown the letter templates write: CommonMark with GFM tables, and nothing that could turn a
 * value into markup by accident.
 *
 * <p>Only headings, lists, thematic breaks, tables and paragraphs are block syntax: indented code,
 * fenced code, block quotes and HTML blocks are switched off, so a line that starts with spaces or
 * {@code >} is just text. Conventions on top of CommonMark:
 * <ul>
 *   <li>a thematic break ({@code ***} on a line of its own, between empty lines) is a page break;
 *   <li>{@code <br>} is a line break inside a table cell or heading, or at the end of a value;
 *   <li>{@code <closing>} opening a paragraph marks the letter's closing ("Sincerely,"): the paragraph before
 *       it and the signature after it stay on its page. Only a template can write it: a value's {@code <} is
 *       always escaped.
 * </ul>
 * No other inline HTML is allowed.
 */
public final class MarkdownSyntax {

  /** The template-only mark that opens the closing paragraph. */
  static final String CLOSING = "<closing>";

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  static final Parser PARSER = Parser.builder()
      .extensions(EXTENSIONS)
      .enabledBlockTypes(Set.of(Heading.class, ListBlock.class, ThematicBreak.class))
      .build();

  private static final HtmlRenderer HTML = HtmlRenderer.builder()
      .extensions(EXTENSIONS)
      .nodeRendererFactory(context -> new NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
          return Set.of(HtmlInline.class);
        }

        @Override
        public void render(Node node) {
          if (!CLOSING.equals(((HtmlInline) node).getLiteral())) {
            context.getWriter().raw(((HtmlInline) node).getLiteral());
          }
        }
      })
      .build();

  private static final TextContentRenderer TEXT = TextContentRenderer.builder()
      .extensions(EXTENSIONS)
      .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
      .nodeRendererFactory(context -> new NodeRenderer() {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
          return Set.of(HtmlInline.class);
        }

        @Override
        public void render(Node node) {
          if (!CLOSING.equals(((HtmlInline) node).getLiteral())) {
            context.getWriter().line();
          }
        }
      })
      .build();

  private MarkdownSyntax() {}

  /** Parses letter Markdown. */
  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * An HTML fragment of a letter, for previews.
   *
   * @param markdown the letter's Markdown
   * @return the HTML
   */
  public static String html(String markdown) {
    return HTML.render(parse(markdown));
  }

  /**
   * The plain text of a letter: paragraphs separated by an empty line, line breaks kept.
   *
   * @param markdown the letter's Markdown
   * @return the text
   */
  public static String text(String markdown) {
    return TEXT.render(parse(markdown));
  }
}
