package org.iepletters.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF against a conformance profile with veraPDF (the greenfield parser and validation model), and
 * names each failed rule.
 */
public final class VeraPdf {
  /** PDF/UA-1. */
  public static final String UA1 = "ua1";
  /** PDF/A-2a, the PDF/A flavour the letters claim. */
  public static final String PDFA_2A = "2a";

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The rules the PDF fails, each as {@code clause-test: description (times)}; empty when it conforms.
   *
   * @param pdf the bytes of the file
   * @param flavour {@link #UA1} or {@link #PDFA_2A}
   * @return the failed rules, sorted
   */
  public static List<String> failedRules(byte[] pdf, String flavour) {
    PDFAFlavour profile = PDFAFlavour.fromString(flavour);
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failed = new TreeMap<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
              + assertion.getMessage();
          failed.merge(rule, 1, Integer::sum);
        }
      }
      if (failed.isEmpty() && !result.isCompliant()) {
        failed.put("not compliant, no rule named", 1);
      }
      return failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    } catch (Exception e) {
      // the parser and validator declare Exception on close
      throw new AssertionError("veraPDF could not check the PDF", e);
    }
  }
}
