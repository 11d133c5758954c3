package org.iepletters.model;

/** Which way a piece of correspondence went. */
public enum Direction {
  /** Sent by the parent. */
  SENT,
  /** Received from the district. */
  RECEIVED
}
