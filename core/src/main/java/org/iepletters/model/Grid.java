package org.iepletters.model;

/** The sections of the Massachusetts service delivery grid. */
public enum Grid {
  /** Consultation. */
  A,
  /** Special education and related services in the general education classroom. */
  B,
  /** Special education and related services in other settings. */
  C;

  /** {@return the grid's own words for the section} */
  public String description() {
    return switch (this) {
      case A -> "consultation";
      case B -> "in the general education classroom";
      case C -> "in other settings";
    };
  }
}
