package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Compares a letter's {@code word/document.xml} with an expected file under {@code src/test/resources/golden}
 * (whitespace between elements and namespace prefixes do not matter).
 *
 * <p>After an intended change, refresh the expected files with {@code -Dgolden.update=true}, for example
 * {@code mvn -B -q -pl core -am test -Dtest='*GoldenTest' -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false},
 * and review the difference before committing it.
 */
public final class GoldenDocuments {

  private GoldenDocuments() {}

  /**
   * Asserts that the letter's document part matches the expected file, first rewriting the file when
   * {@code golden.update} is set.
   *
   * @param letter the rendered letter
   * @param name the expected file's name under {@code src/test/resources/golden}
   */
  public static void assertMatches(Letter letter, String name) throws Exception {
    Path expected = Path.of("src/test/resources/golden", name);
    String actual = DocxContent.part(letter.docx(), "word/document.xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, indented(actual), StandardCharsets.UTF_8);
    }

    Diff diff = DiffBuilder.compare(Input.fromString(Files.readString(expected, StandardCharsets.UTF_8)))
        .withTest(Input.fromString(actual))
        .ignoreWhitespace()
        .checkForSimilar()
        .build();

    assertThat(diff.hasDifferences()).as(name + ": " + diff).isFalse();
  }

  /** One element a line, so that a change to the letter reads as a small diff. */
  private static String indented(String xml) throws Exception {
    Transformer indent = TransformerFactory.newInstance().newTransformer();
    indent.setOutputProperty(OutputKeys.INDENT, "yes");
    indent.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
    StringWriter out = new StringWriter();
    indent.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));
    return out.toString();
  }
}
