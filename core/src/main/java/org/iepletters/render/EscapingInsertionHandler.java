package org.iepletters.render;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.Renderable;

/**
 * Escapes every value a template inserts, once, at the moment it reaches the letter.
 *
 * <p>Velocity also calls this handler while it interpolates a string literal such as
 * {@code #set($x = "$a and $a")}. The value it returns therefore decides where it is written: into
 * the letter's {@link MarkdownWriter} it writes itself escaped; into any other writer (a string
 * literal being built) it writes itself as typed, so {@code $x} is escaped once when it is inserted.
 */
final class EscapingInsertionHandler implements ReferenceInsertionEventHandler {

  static final EscapingInsertionHandler INSTANCE = new EscapingInsertionHandler();

  private EscapingInsertionHandler() {}

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null) {
      return null; // strict mode reports the null with its place in the template
    }
    if (value instanceof Renderable) {
      // a #define block or a block macro's body: template text, whose own values are escaped as they render
      return value;
    }
    if (!(value instanceof CharSequence || value instanceof Integer || value instanceof Long
        || value instanceof BigInteger || value instanceof BigDecimal)) {
      // refused as it renders, where Velocity adds the template, line and column to the failure
      return new NotText(reference + " is a " + value.getClass().getSimpleName()
          + ", not text: print one of its properties instead");
    }
    return new InsertedValue(value.toString());
  }

  /** A value that is not text, refused when it would be written. */
  private static final class NotText implements Renderable {
    private final String problem;

    NotText(String problem) {
      this.problem = problem;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer) {
      throw new VelocityException(problem);
    }

    @Override
    public String toString() {
      throw new VelocityException(problem);
    }
  }

  /** A value on its way into the output. */
  private static final class InsertedValue implements Renderable {
    private final String value;

    InsertedValue(String value) {
      this.value = value;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer) throws IOException {
      if (writer instanceof MarkdownWriter markdown) {
        try {
          markdown.writeValue(value);
        } catch (IllegalArgumentException e) {
          throw new VelocityException(e.getMessage(), e);
        }
      } else {
        // a string literal being built: what it holds is counted too, so that text doubled in a loop or a
        // macro cannot fill the memory before it is ever written to the letter
        if (context.getInternalUserContext() instanceof LetterContext letter && letter.countBuilt(value.length())) {
          throw new TemplateLimitException("the template builds more than "
              + String.format(java.util.Locale.ROOT, "%,d", LetterTemplates.MAX_LETTER_CHARACTERS)
              + " characters of text");
        }
        writer.write(value);
      }
      return true;
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
