package org.iepletters.model;

/** How the signer stands to the student. */
public enum Relationship {
  /** A parent. */
  PARENT,
  /** A legal guardian. */
  GUARDIAN,
  /** An educational surrogate parent. */
  EDUCATIONAL_SURROGATE,
  /** The student, 18 or older, writing about themself. */
  STUDENT
}
