package org.iepletters.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.iepletters.TemplateException;

/**
 * The letter templates of one {@code IepLetters}: its own Velocity engine in strict reference mode,
 * sandboxed, with every template parsed once and kept.
 *
 * <p>Thread-safe: rendering shares only parsed templates, which Velocity allows.
 */
public final class LetterTemplates {

  /** The file of shared macros every letter template may call. */
  public static final String MACROS = "macros.vm";
  /**
   * The most loop iterations one letter may run, over all its loops: far more than a letter for the largest
   * case needs (a line per service, a row per period), far fewer than a runaway loop would.
   */
  public static final long MAX_LOOP_ITERATIONS = 1_000_000;
  /** The longest letter, in characters of Markdown: a hundred times a letter for a large case. */
  public static final int MAX_LETTER_CHARACTERS = 20_000_000;

  private static final Pattern PLACE = Pattern.compile("\\[line (\\d+), column (\\d+)]");

  private final VelocityEngine engine;
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();

  /**
   * Templates from the built-in set, overridden by name from {@code folder} when it is given.
   *
   * @param folder an organisation's template folder, or {@code null}
   */
  public LetterTemplates(Path folder) {
    Properties p = new Properties();
    p.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, "org.iepletters.render.velocity");
    p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, ViewOnlyUberspector.class.getName());
    p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, String.join(",", ForbiddenEvaluate.class.getName(),
        RootsOnlyInclude.class.getName(), RootsOnlyParse.class.getName(), BoundedForeach.class.getName()));
    p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "roots");
    p.setProperty("resource.loader.roots.cache", "true");
    p.setProperty("resource.loader.roots.modification_check_interval", "-1");
    p.setProperty(RuntimeConstants.VM_LIBRARY, MACROS);
    p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
    p.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
    p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    p.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "3");
    engine = new VelocityEngine();
    engine.setProperties(p);
    engine.setProperty("resource.loader.roots.instance", new TemplateRootsLoader(folder));
    try {
      engine.init();
    } catch (VelocityException e) {
      throw failure(MACROS, e);
    }
  }

  /**
   * Renders a template to Markdown, every inserted value escaped.
   *
   * @param name the template's file name, such as {@code records-request.md.vm}
   * @param values the references the template may use, by name
   * @return the Markdown
   * @throws TemplateException when the template is missing or broken, uses a reference it was not given, runs
   *     its loops more than {@link #MAX_LOOP_ITERATIONS} times or writes more than {@link #MAX_LETTER_CHARACTERS}
   */
  public String render(String name, Map<String, Object> values) {
    Template template = template(name);
    VelocityContext context = new LetterContext();
    values.forEach(context::put);
    EventCartridge events = new EventCartridge();
    events.addReferenceInsertionEventHandler(EscapingInsertionHandler.INSTANCE);
    events.addIncludeEventHandler(ONLY_TEMPLATE_ROOTS);
    events.attachToContext(context);
    MarkdownWriter out = new MarkdownWriter(MAX_LETTER_CHARACTERS);
    try {
      template.merge(context, out);
    } catch (VelocityException e) {
      throw failure(name, e);
    }
    return out.toString();
  }

  /**
   * Parses a template now, if it is not parsed yet.
   *
   * @param name the template's file name
   * @throws TemplateException when it is missing or does not parse
   */
  public void prepare(String name) {
    template(name);
  }

  /**
   * Whether a template of that name exists in the roots.
   *
   * @param name the template's name, such as {@code records-request.md.vm}
   * @return true when the template folder or the built-in templates hold it
   */
  public boolean exists(String name) {
    return parsed.containsKey(name) || engine.resourceExists(name);
  }

  private Template template(String name) {
    Template known = parsed.get(name);
    if (known != null) {
      return known;
    }
    try {
      return parsed.computeIfAbsent(name, n -> engine.getTemplate(n, "UTF-8"));
    } catch (VelocityException e) {
      throw failure(name, e);
    }
  }

  private static final IncludeEventHandler ONLY_TEMPLATE_ROOTS = (context, path, current, directive) -> {
    if (!TemplateRootsLoader.isSafeName(path)) {
      throw new VelocityException("#" + directive + " may only name a template in the template folders");
    }
    return path;
  };

  private static TemplateException failure(String name, VelocityException thrown) {
    if (thrown instanceof TemplateLimitException limit) {
      return new TemplateException(limit.template() == null ? name : limit.template(), limit.line(),
          limit.column(), limit.getMessage(), thrown);
    }
    VelocityException e = placed(thrown);
    String template = name;
    int line = 0;
    int column = 0;
    if (e instanceof ExtendedParseException place) {
      template = place.getTemplateName() == null ? name : place.getTemplateName();
      line = place.getLineNumber();
      column = place.getColumnNumber();
    } else if (e instanceof ParseErrorException parse) {
      template = parse.getTemplateName() == null ? name : parse.getTemplateName();
      line = parse.getLineNumber();
      column = parse.getColumnNumber();
    } else if (e.getMessage() != null) {
      Matcher m = PLACE.matcher(e.getMessage());
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        column = Integer.parseInt(m.group(2));
      }
    }
    String problem = e instanceof ResourceNotFoundException ? "template not found" : describe(e);
    return new TemplateException(template, Math.max(line, 0), Math.max(column, 0), problem, thrown);
  }

  /** The exception in the chain that knows where in a template it happened, else the one thrown. */
  private static VelocityException placed(VelocityException thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ExtendedParseException || t instanceof ParseErrorException) {
        return (VelocityException) t;
      }
    }
    return thrown;
  }

  private static String describe(VelocityException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // Velocity repeats the place ("at name[line 3, column 7]"), which the exception already carries
    return message.replaceAll("\\s+at \\S*\\[line \\d+, column \\d+]", "").strip();
  }
}
