package org.iepletters.render;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Parse;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Takes the place of {@code #parse}: it may only name a template in the template roots, and a name that is
 * not one fails with the template, line and column of the directive.
 */
public final class RootsOnlyParse extends Parse {

  /** Created by Velocity from its configuration. */
  public RootsOnlyParse() {
    // registered by class name
  }

  @Override
  public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
    TemplateRootsLoader.requireTemplateNames(context, node, getName());
    return super.render(context, writer, node);
  }
}
