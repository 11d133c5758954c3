package org.iepletters.model;

/** The roles letters address or copy. */
public enum ContactRole {
  /** Administrator of special education. */
  SPECIAL_EDUCATION_DIRECTOR,
  /** Chair of the student's Team. */
  TEAM_CHAIR,
  /** Principal of the student's school. */
  PRINCIPAL,
  /** Superintendent of the district. */
  SUPERINTENDENT,
  /** Keeper of student records. */
  RECORDS_KEEPER
}
