package org.iepletters.render;

import org.apache.velocity.VelocityContext;

/** The context of one letter's rendering: its values, the loop iterations it has run and the text it has built. */
final class LetterContext extends VelocityContext {
  private long iterations;
  private long built;

  /**
   * Counts one loop iteration.
   *
   * @return whether the letter has now run more than {@link LetterTemplates#MAX_LOOP_ITERATIONS}
   */
  boolean countIteration() {
    return ++iterations > LetterTemplates.MAX_LOOP_ITERATIONS;
  }

  /**
   * Counts the characters of a value written into a string literal the template builds.
   *
   * @param characters the value's length
   * @return whether the letter has now built more than {@link LetterTemplates#MAX_LETTER_CHARACTERS}
   */
  boolean countBuilt(int characters) {
    built += characters;
    return built > LetterTemplates.MAX_LETTER_CHARACTERS;
  }
}
