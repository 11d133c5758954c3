package org.iepletters.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads templates from the two template roots only: an organisation's folder, when there is one,
 * whose files override the built-in ones by name, then the built-in templates on the classpath.
 * Names are plain relative paths; nothing outside the roots can be named.
 */
final class TemplateRootsLoader extends ResourceLoader {

  /** Where the built-in templates and reference.docx live on the classpath. */
  static final String BUILT_IN_ROOT = "org/iepletters/templates/";

  private static final Pattern SAFE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*)*");

  private final Path folder;

  TemplateRootsLoader(Path folder) {
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
  }

  @Override
  public void init(ExtProperties configuration) {
    // configured through the constructor
  }

  /** Whether the name is a plain relative path that stays inside a template root. */
  static boolean isSafeName(String name) {
    return name != null && SAFE_NAME.matcher(name).matches();
  }

  /**
   * Fails, with the directive's place in its template, when an argument of {@code #include} or {@code #parse}
   * is not a template name written out in quotes. A name computed from a reference could hold a case's data,
   * which would then reach messages and logs.
   */
  static void requireTemplateNames(InternalContextAdapter context, Node directive, String name) {
    for (int i = 0; i < directive.jjtGetNumChildren(); i++) {
      Node child = directive.jjtGetChild(i);
      Object argument = child.value(context);
      String written = child.literal();
      if (!(child instanceof ASTStringLiteral) || !(argument instanceof String path) || !isSafeName(path)
          || !(written.equals('"' + path + '"') || written.equals("'" + path + "'"))) {
        throw new TemplateInitException("#" + name + " may only name a template in the template folders, in quotes",
            directive.getTemplateName(), directive.getColumn(), directive.getLine());
      }
    }
  }

  @Override
  public Reader getResourceReader(String name, String encoding) {
    if (!isSafeName(name)) {
      throw new ResourceNotFoundException("not a template name: " + name);
    }
    try {
      Path file = overriding(name);
      InputStream in = file != null
          ? Files.newInputStream(file)
          : TemplateRootsLoader.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + name);
      if (in == null) {
        throw new ResourceNotFoundException("no template named " + name);
      }
      byte[] bytes;
      try (in) {
        bytes = in.readAllBytes();
      }
      String text = decode(name, bytes);
      refuseForbiddenCharacters(name, text);
      refuseQuietReferences(name, text);
      return new StringReader(text);
    } catch (IOException e) {
      throw new ResourceNotFoundException("cannot read template " + name, e);
    }
  }

  /**
   * The template's text, which must be UTF-8: anything else (a Word document named in {@code #include}, a
   * file saved in another encoding) fails at the line and column where it stops being text.
   */
  private static String decode(String name, byte[] bytes) {
    CharBuffer decoded = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes), decoded, true);
    if (result.isError()) {
      decoded.flip();
      throw refused("the template is not UTF-8 text", name, decoded, decoded.length());
    }
    decoded.flip();
    return decoded.toString();
  }

  /**
   * A letter is XML inside, and XML 1.0 forbids most control characters: a vertical tab (what Word puts for a
   * manual line break in copied text), a form feed or a NUL would make a letter no word processor opens.
   */
  private static void refuseForbiddenCharacters(String name, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c == '\uFFFE' || c == '\uFFFF') {
        throw refused("the template holds a character that XML 1.0 forbids ("
            + String.format(Locale.ROOT, "U+%04X", (int) c) + ")", name, text, i);
      }
    }
  }

  private static TemplateInitException refused(String problem, String name, CharSequence text, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TemplateInitException(problem, name, at - lineStart + 1, line);
  }

  /** {@code $!name} prints nothing for a missing value, where a letter must stop instead. */
  private static void refuseQuietReferences(String name, String text) {
    int at = text.indexOf("$!");
    if (at >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new TemplateInitException("quiet references ($ followed by !) are not allowed in letter templates",
          name, at - lineStart + 1, line);
    }
  }

  private Path overriding(String name) {
    if (folder == null) {
      return null;
    }
    Path file = folder.resolve(name).normalize();
    return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
  }

  @Override
  public boolean resourceExists(String name) {
    return isSafeName(name)
        && (overriding(name) != null
            || TemplateRootsLoader.class.getClassLoader().getResource(BUILT_IN_ROOT + name) != null);
  }

  @Override
  public boolean isSourceModified(Resource resource) {
    return false; // templates are parsed once per engine
  }

  @Override
  public long getLastModified(Resource resource) {
    return 0;
  }
}
