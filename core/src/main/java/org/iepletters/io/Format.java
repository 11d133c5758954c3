package org.iepletters.io;

/** The formats of a case file. Both describe the same fields. */
public enum Format {
  /** JSON, UTF-8. */
  JSON,
  /** YAML, UTF-8. */
  YAML
}
