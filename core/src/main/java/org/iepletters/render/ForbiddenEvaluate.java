package org.iepletters.render;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.directive.DirectiveConstants;
import org.apache.velocity.runtime.parser.node.Node;

/** Takes the place of {@code #evaluate}, which would run text as a template: refused when a template is loaded. */
public final class ForbiddenEvaluate extends Directive {

  /** Created by Velocity from its configuration. */
  public ForbiddenEvaluate() {
    // registered by class name
  }

  @Override
  public String getName() {
    return "evaluate";
  }

  @Override
  public int getType() {
    return DirectiveConstants.LINE;
  }

  @Override
  public void init(RuntimeServices rs, InternalContextAdapter context, Node node) {
    throw new TemplateInitException("#evaluate is not allowed in letter templates",
        node.getTemplateName(), node.getColumn(), node.getLine());
  }

  @Override
  public boolean render(InternalContextAdapter context, Writer writer, Node node) {
    throw new TemplateInitException("#evaluate is not allowed in letter templates",
        node.getTemplateName(), node.getColumn(), node.getLine());
  }
}
