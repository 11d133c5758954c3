package org.iepletters;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The records request for the sample case, compared with the expected {@code word/document.xml}; see
 * {@link GoldenDocuments} for how to refresh it.
 */
class RecordsRequestGoldenTest {

  @Test
  void recordsRequestMatchesTheExpectedDocument() throws Exception {
    Letter letter = IepLetters.defaults().render(LetterKind.RECORDS_REQUEST, CaseFixtures.read("speech-one-of-three"),
        LocalDate.of(2026, 12, 4));

    GoldenDocuments.assertMatches(letter, "records-request.document.xml");
  }
}
