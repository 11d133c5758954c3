package org.iepletters.model;

/** What a log entry records. */
public enum LogStatus {
  /** The session took place. */
  DELIVERED,
  /** The district cancelled it (vacancy, provider absent, schedule). */
  CANCELLED,
  /** The student was absent. */
  STUDENT_ABSENT,
  /** A make-up session for a missed one. */
  MAKEUP
}
