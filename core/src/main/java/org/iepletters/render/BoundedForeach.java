package org.iepletters.render;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Takes the place of {@code #foreach}: every iteration of every loop of one letter counts against
 * {@link LetterTemplates#MAX_LOOP_ITERATIONS}, and past it the letter fails with the loop's template, line and
 * column, where Velocity's own limit would stop the loop silently and leave a letter missing its end.
 */
public final class BoundedForeach extends Foreach {

  /** Created by Velocity from its configuration. */
  public BoundedForeach() {
    // registered by class name
  }

  @Override
  protected void renderBlock(InternalContextAdapter context, Writer writer, Node node) throws IOException {
    if (context.getInternalUserContext() instanceof LetterContext letter && letter.countIteration()) {
      throw new TemplateLimitException("the letter's loops ran more than "
          + String.format(java.util.Locale.ROOT, "%,d", LetterTemplates.MAX_LOOP_ITERATIONS) + " times",
          getTemplateName(), getLine(), getColumn());
    }
    try {
      super.renderBlock(context, writer, node);
    } catch (TemplateLimitException e) {
      e.place(getTemplateName(), getLine(), getColumn());
      throw e;
    }
  }
}
