package org.iepletters.model;

/** The pronouns the letters use for the child. */
public enum Pronouns {
  /** he, him, his; "my son". */
  HE,
  /** she, her, her; "my daughter". */
  SHE,
  /** they, them, their; "my child". */
  THEY
}
