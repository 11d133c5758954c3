package org.iepletters;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * What an organisation does to each letter's docx4j package before it is written: add its logo to the header,
 * a signature image, a watermark. The package is the letter's own (nothing in it is shared with other letters),
 * and whatever the processor leaves in it is what {@link Letter#docx()} holds and
 * {@link Letter#wordprocessingPackage()} returns.
 *
 * <p>It runs on the thread that renders the letter, possibly on several threads at once, so it must be
 * thread-safe; for the same bytes of every letter, it must do the same thing each time it runs.
 */
@FunctionalInterface
public interface LetterPackageProcessor {

  /**
   * Changes a letter's package.
   *
   * @param kind which letter it is
   * @param letter the letter's package, with its body, styles, numbering and core properties in place
   * @throws Exception when the processor fails; the letter is not rendered, and the failure is reported as an
   *     {@link IepLettersException}
   */
  void process(LetterKind kind, WordprocessingMLPackage letter) throws Exception;
}
