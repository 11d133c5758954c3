package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What no letter may ever say (SPEC section 6): corrected or unconfirmed claims that circulate among parents.
 * Every letter of every public case is scanned.
 */
class NeverWrittenTest {

  private static final List<Pattern> FORBIDDEN = List.of(
      Pattern.compile("(?i)(5|five)\\s+school\\s+days"),                 // BSEA forwarding is five calendar days
      Pattern.compile("(?i)letters?\\s+of\\s+finding"),                   // not confirmed as DESE's term
      Pattern.compile("\\$\\s?\\d"),                                      // no dollar figure (circuit breaker)
      Pattern.compile("(?i)circuit\\s+breaker"),
      Pattern.compile("\\b765\\b"),                                       // unconfirmed mediation statistic
      Pattern.compile("82\\s?%"),
      Pattern.compile("(?i)75\\s+Pleasant\\s+Street"),                    // the old PRS address
      Pattern.compile("(?<!Summer Street, 4th Floor\\s)Malden"),        // Malden only in the BSEA's own address
      Pattern.compile("28\\.08\\(7\\)\\(b\\)"),                           // a miscitation of 28.05(7)(b)
      Pattern.compile("(?i)within\\s+(two|2)\\s+(consecutive\\s+)?days"), // outdated records rule
      // v2: 603 CMR 28.05(7)(a) does not say what silence means
      Pattern.compile("(?i)\\b(no|without a)\\s+response\\s+(counts|is\\s+treated|will\\s+be\\s+treated|means)"),
      Pattern.compile("(?i)first[-\\s]class\\s+mail"),                     // a filing method the letter cannot know
      Pattern.compile("(?i)N2\\b[^.]*\\b(IEE|independent\\s+educational\\s+evaluation)"), // never an N2 for an IEE
      Pattern.compile("(?i)I\\s+accept\\s+the\\s+rest\\b"),                // accepts what the letter did not compare
      Pattern.compile("(?i)\\b(prefer\\s+to\\s+settle|settle\\s+this|negotiate)"), // invites bargaining the minutes down
      Pattern.compile("(?i)shortfall\\s+for\\s+this\\s+service\\s+is\\s+presumed")); // an unlogged line as a shortfall

  @Test
  void noLetterOfAnySampleCaseSaysWhatIsForbidden() {
    List<SampleLetters.Rendered> letters = SampleLetters.all();
    assertThat(letters).hasSizeGreaterThanOrEqualTo(CaseFixtures.NAMES.size());
    for (SampleLetters.Rendered r : letters) {
      String text = r.letter().text();
      if (r.letter().kind() == LetterKind.IEE_REQUEST) {
        // the district's five school days to answer an IEE request are 603 CMR 28.04(5)(d)'s, not BSEA forwarding
        text = text.replace("Within five school days, the district shall either agree to pay", "")
            .replace("within five school days of this letter", "")
            .replace("That date is five school days after this letter", "");
      }
      for (Pattern p : FORBIDDEN) {
        assertThat(p.matcher(text).find()).as("%s says %s", r.fileName(), p).isFalse();
      }
      if (r.letter().kind() == LetterKind.IEE_REQUEST) {
        // an IEE refusal is answered by the two lawful options, never by asking for a notice of refusal
        assertThat(text).as(r.fileName()).doesNotContain("N2").doesNotContainIgnoringCase("notice of refusal");
      }
    }
  }

  @Test
  void theBseaAddressIsTheOnlyMaldenAllowed() {
    Pattern malden = FORBIDDEN.stream().filter(p -> p.pattern().contains("Malden")).findFirst().orElseThrow();

    assertThat(malden.matcher("14 Summer Street, 4th Floor\nMalden, MA 02148").find()).isFalse();
    assertThat(malden.matcher("75 Pleasant Street, Malden, MA 02148").find()).isTrue();
  }

  @Test
  void theScanCatchesEachForbiddenPhrase() {
    // one sample per pattern, in the same order
    List<String> samples = List.of("within 5 school days", "a Letter of Finding", "the first $16,000",
        "the circuit breaker", "765 mediations", "82% agreed", "75 Pleasant Street",
        "75 Pleasant Street\nMalden, MA 02148",
        "603 CMR 28.08(7)(b)", "within two consecutive days", "No response counts as a rejection",
        "Filed by first-class mail", "please send the N2 for the refused independent educational evaluation",
        "I accept the rest of the proposed IEP", "I would prefer to settle this with you directly",
        "the shortfall for this service is presumed");
    assertThat(samples).hasSameSizeAs(FORBIDDEN);
    for (int i = 0; i < FORBIDDEN.size(); i++) {
      assertThat(FORBIDDEN.get(i).matcher(samples.get(i)).find()).as(samples.get(i)).isTrue();
    }
  }
}
