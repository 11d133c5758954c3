package org.iepletters;

/** A letter template failed: a syntax error, an undefined reference, or a forbidden call. */
public final class TemplateException extends IepLettersException {
  private static final long serialVersionUID = 1L;

  /** The template's name. */
  private final String template;
  /** The line, 1-based, or 0 when unknown. */
  private final int line;
  /** The column, 1-based, or 0 when unknown. */
  private final int column;

  /**
   * A template failure at a place in a template.
   *
   * @param template the template's name
   * @param line the line, 1-based, or 0 when unknown
   * @param column the column, 1-based, or 0 when unknown
   * @param problem what went wrong, without personal data
   * @param cause the underlying failure, or {@code null}
   */
  public TemplateException(String template, int line, int column, String problem, Throwable cause) {
    super(template + ":" + line + ":" + column + ": " + problem, cause);
    this.template = template;
    this.line = line;
    this.column = column;
  }

  /** {@return the template's name} */
  public String template() {
    return template;
  }

  /** {@return the line, 1-based, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the column, 1-based, or 0 when unknown} */
  public int column() {
    return column;
  }
}
