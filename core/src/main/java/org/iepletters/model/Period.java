package org.iepletters.model;

/** The period a service line's sessions are counted over. */
public enum Period {
  /** A Monday-to-Sunday week. */
  WEEK,
  /** A cycle of a fixed number of school days, counted from the first day of school. */
  CYCLE,
  /** A calendar month. */
  MONTH
}
