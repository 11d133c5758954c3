package org.iepletters.render;

import org.apache.velocity.exception.VelocityException;

/**
 * A letter's rendering went past a limit: too many loop iterations, or too long a letter. Thrown inside
 * Velocity and turned into a {@link org.iepletters.TemplateException} with the place it carries: the loop where
 * it happened, or the innermost loop it passed through on its way out.
 */
final class TemplateLimitException extends VelocityException {
  private static final long serialVersionUID = 1L;

  private String template;
  private int line;
  private int column;

  TemplateLimitException(String problem) {
    super(problem);
  }

  TemplateLimitException(String problem, String template, int line, int column) {
    super(problem);
    place(template, line, column);
  }

  /** Records where it happened, unless a place is known already. */
  void place(String template, int line, int column) {
    if (this.template == null) {
      this.template = template;
      this.line = line;
      this.column = column;
    }
  }

  /** The template's name, or {@code null} when no loop saw it. */
  String template() {
    return template;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
