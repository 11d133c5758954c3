package org.iepletters.render;

import org.apache.velocity.VelocityContext;

/** The context of one letter's rendering: its values, and the loop iterations it has run so far. */
final class LetterContext extends VelocityContext {
  private long iterations;

  /**
   * Counts one loop iteration.
   *
   * @return whether the letter has now run more than {@link LetterTemplates#MAX_LOOP_ITERATIONS}
   */
  boolean countIteration() {
    return ++iterations > LetterTemplates.MAX_LOOP_ITERATIONS;
  }
}
