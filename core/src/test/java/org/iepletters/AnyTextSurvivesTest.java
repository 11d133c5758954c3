package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.model.Case;
import org.iepletters.testing.LibreOffice;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.validation.Violation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Any text a user can type survives into every letter: put into every free-text field of a case, it is either
 * refused at validation with that field's path (only for characters XML 1.0 forbids), or every letter that
 * applies renders, docx4j opens it, and the text reads back from {@code word/document.xml} exactly as typed, a
 * newline as a line break and a blank line as a new paragraph (in a table cell or heading, every newline is a
 * line break). A sample of the letters also opens in LibreOffice, converted in one call: every letter of the
 * first tries, and the first letter of the first try whose text is long.
 *
 * <p>Each property makes {@code jqwik.tries.default} tries: the build's {@code property.tries} (see core's POM);
 * {@code -Dproperty.tries=1000} runs the long version.
 */
class AnyTextSurvivesTest {

  /** How many letters of the generated cases LibreOffice opens. */
  private static final int WORD_PROCESSOR_SAMPLE = 24;

  /**
   * Typed text, in characters over all fields, above which a try's text is long: the edge cases include tens of
   * thousands of one character, which LibreOffice takes about 25 s a letter to lay out. The sample holds one
   * letter of one such try, which shows as much as all of them.
   */
  private static final int LONG_TEXT = 2_000;

  /**
   * A blank line at the very start or end of a value. It meets the separator the letter puts next to the value
   * (a space, a comma, a colon), which the comparison model cannot place: Markdown drops a template's separator
   * at a paragraph edge but keeps one the library joined into the value in Java (a full name, an address line,
   * an attachment with its note). Such a blank line becomes one line break here; blank lines inside a value are
   * tested as typed.
   */
  private static final Pattern EDGE_BLANK_LINES = Pattern.compile(
      "^[ \\t]*(\\r\\n|\\r|\\n)([ \\t]*(\\r\\n|\\r|\\n))+|(\\r\\n|\\r|\\n)([ \\t]*(\\r\\n|\\r|\\n))+[ \\t]*$");

  private static final Set<String> ENGLISH = Set.of("english", "en", "en-us", "en_us", "american english");

  /** Fragments that have broken text somewhere: scripts, marks, astral characters, every syntax in the pipeline. */
  private static final List<String> FRAGMENTS = List.of(
      "é", "Ñandú", "Zoë Ångström", "ß", "Œuvre", "İstanbul", "中文名字", "山田 太郎", "김민준", "שלום", "مرحبا بالعالم",
      "\u200F", "\u200E", "\u202B", "עברית\u202C", "😀", "👩‍👩‍👧", "🇺🇸", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "e\u0301", "a\u0308\u0323",
      "\u00A0", "\u2003", "\u200B", "\uFEFF", "\u2028", "\u2029", "\u0085",
      "\n", "\n\n", "\n\n\n", "\r\n", "\r", " ", "  ", "\t", " \n ",
      "*", "**", "_", "__", "#", "# ", "## x", "|", "\\", "\\\\", "`", "```", "~", "~~", ">", "> ", "-", "- ", "+ ",
      "1. ", "1) ", "---", "***", "===", "[x](http://example.org)", "![i](x.png)", "<br>", "<b>", "<!-- c -->",
      "&amp;", "&#32;", "&#x41;", "&nbsp;", "<w:p>", "</w:t>", "]]>", "<!DOCTYPE x>", "<?xml?>", "\"", "'",
      "$", "$x", "${x}", "$!y", "#set($a = 1)", "#end", "##", "#*", "*#", "#[[", "]]#", "$letter.class",
      "%s", "{0}", "{{x}}", "\\n", "a", "Sam", "O'Neil", "St. Mary's", "12", "3.5");

  private static final Map<String, Map<LetterKind, List<TypedText.Paragraph>>> TOKEN_LETTERS = new ConcurrentHashMap<>();
  private static final List<Sample> SAMPLES = new ArrayList<>();

  private record Sample(String fileName, String marker) {}

  private static Path sampleFolder;

  /** Whether the sample holds a letter of a try whose text is long; guarded by {@link #SAMPLES}. */
  private static boolean longTextSampled;

  @Property(shrinking = ShrinkingMode.BOUNDED)
  void everyValidTextReadsBackUnchangedInEveryLetter(@ForAll("cases") FreeTextCase base,
      @ForAll("valueLists") List<String> values) throws Exception {
    Map<String, String> typed = assign(base.paths(), values);
    boolean longText = typed.values().stream().mapToInt(v -> v == null ? 0 : v.length()).sum() > LONG_TEXT;
    String marker = null;
    synchronized (SAMPLES) {
      if (SAMPLES.size() < WORD_PROCESSOR_SAMPLE && !(longText && longTextSampled)) {
        marker = "PdfMark" + SAMPLES.size() + "x";
        typed.put("student.school", marker + " " + typed.get("student.school"));
        longTextSampled |= longText;
      }
    }

    Case c = base.read(typed);

    List<LetterKind> kinds = base.applicableKinds(c);
    assertThat(kinds).as("letters that apply").isEqualTo(base.applicableKinds(base.read(base.tokens())));
    Map<String, String> tokenToValue = new LinkedHashMap<>();
    base.tokens().forEach((path, token) -> tokenToValue.put(token, typed.get(path)));
    for (LetterKind kind : kinds) {
      byte[] docx = IepLetters.defaults().render(kind, c, base.date).docx();

      WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
      TypedText.assertSameText(kind + " shows every value as typed", TypedText.of(docx),
          TypedText.expected(tokenLetter(base, kind), tokenToValue));
      assertSpacesKept(docx);

      if (marker != null && (!longText || kind == kinds.get(0))) {
        keepForWordProcessor(base + "-" + kind.cliName() + "-" + marker + ".docx", marker, docx);
      }
    }
  }

  @Property
  void aCharacterXmlForbidsIsRefusedWithTheFieldsPath(@ForAll("cases") FreeTextCase base,
      @ForAll("pathIndexes") int pathIndex, @ForAll("valueLists") List<String> values,
      @ForAll("forbidden") String forbidden, @ForAll("positions") double position) {
    String path = base.paths().get(pathIndex % base.paths().size());
    Map<String, String> typed = assign(base.paths(), values);
    String value = typed.get(path);
    int at = (int) (position * value.length());
    // never between the two halves of a surrogate pair, which would change the character being tested
    if (at > 0 && at < value.length() && Character.isLowSurrogate(value.charAt(at))) {
      at--;
    }
    String bad = value.substring(0, at) + forbidden + value.substring(at);
    typed.put(path, bad);

    assertThatThrownBy(() -> base.read(typed))
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation(path, "contains a character that XML 1.0 forbids ("
                + String.format(Locale.ROOT, "U+%04X", (int) forbidden.charAt(0)) + ")")));
  }

  @Provide
  Arbitrary<FreeTextCase> cases() {
    return Arbitraries.of(FreeTextCase.ALL);
  }

  @Provide
  Arbitrary<Integer> pathIndexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<String> forbidden() {
    return Stream.of(
            Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r'),
            Arbitraries.of('\uFFFE', '\uFFFF'),
            Arbitraries.chars().range('\uD800', '\uDFFF'))
        .reduce((a, b) -> Arbitraries.oneOf(a, b)).orElseThrow()
        .map(String::valueOf);
  }

  /** A few values, each a text a person could type; every field of the case gets one of them. */
  @Provide
  Arbitrary<List<String>> valueLists() {
    return typedText().list().ofMinSize(1).ofMaxSize(8);
  }

  private Arbitrary<String> typedText() {
    Arbitrary<String> anyChars = Arbitraries.strings()
        .withCharRange('\u0020', '\uD7FF').withCharRange('\uE000', '\uFFFD').withChars('\t', '\n', '\r')
        .ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), astral, anyChars,
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
    Arbitrary<String> composed = fragment.list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    Arbitrary<String> joinedBySpaces = fragment.list().ofMinSize(2).ofMaxSize(6).map(parts -> String.join(" ", parts));
    Arbitrary<String> longText = Combinators.combine(fragment.list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(200, 3000))
        .as((parts, length) -> {
          StringBuilder s = new StringBuilder(length + 40);
          for (int i = 0; s.length() < length; i++) {
            s.append(parts.get(i % parts.size())).append(i % 7 == 6 ? "\n" : " ");
          }
          return s.toString();
        });
    return Arbitraries.frequencyOf(
            Tuple.of(6, composed), Tuple.of(2, joinedBySpaces), Tuple.of(2, anyChars), Tuple.of(1, longText))
        // a blank required field is "is required", and an optional blank one is "not known": other tests own those
        .filter(s -> !s.isBlank())
        // a signer's language that is English is not named in the letters, by design
        .filter(s -> !ENGLISH.contains(s.strip().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> assign(List<String> paths, List<String> values) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      String value = values.get(i % values.size());
      value = EDGE_BLANK_LINES.matcher(value).replaceAll("\n");
      if (path.endsWith("address.unit") && !value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
        // a unit that is only a number is written "Unit 12", a word the comparison model does not add
        value = "Apt " + value;
      }
      typed.put(path, value);
    }
    return typed;
  }

  /** The letter rendered with a token in every field: what the values replace. */
  private static List<TypedText.Paragraph> tokenLetter(FreeTextCase base, LetterKind kind) {
    return TOKEN_LETTERS.computeIfAbsent(base.name, n -> {
      Case c = base.read(base.tokens());
      Map<LetterKind, List<TypedText.Paragraph>> letters = new EnumMap<>(LetterKind.class);
      for (LetterKind k : base.applicableKinds(c)) {
        letters.put(k, TypedText.paragraphs(IepLetters.defaults().render(k, c, base.date).docx()));
      }
      return letters;
    }).get(kind);
  }

  /** Word drops spaces at the edges of a text run unless the run says to keep them. */
  private static void assertSpacesKept(byte[] docx) {
    NodeList runs = DocxContent.xml(docx, "word/document.xml").getElementsByTagNameNS(DocxContent.W, "t");
    for (int i = 0; i < runs.getLength(); i++) {
      Element t = (Element) runs.item(i);
      String text = t.getTextContent();
      if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
          || Character.isWhitespace(text.charAt(text.length() - 1)))) {
        assertThat(t.getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"))
            .as("xml:space of a run with spaces at its edge").isEqualTo("preserve");
      }
    }
  }

  private static void keepForWordProcessor(String fileName, String marker, byte[] docx) throws IOException {
    synchronized (SAMPLES) {
      if (sampleFolder == null) {
        sampleFolder = Files.createTempDirectory("any-text-");
      }
      Files.write(sampleFolder.resolve(fileName), docx);
      SAMPLES.add(new Sample(fileName, marker));
    }
  }

  @AfterContainer
  static void sampleOpensInLibreOffice() throws Exception {
    if (sampleFolder == null) {
      return;
    }
    try {
      if (!LibreOffice.inCi() && !LibreOffice.available()) {
        return; // LettersInWordProcessorTest reports the missing word processor; in CI it fails
      }
      List<Path> files = SAMPLES.stream().map(s -> sampleFolder.resolve(s.fileName())).toList();
      Map<String, String> pdfText = LibreOffice.pdfText(files, sampleFolder.resolve("work"));
      assertThat(pdfText).hasSize(SAMPLES.size());
      for (Sample s : SAMPLES) {
        assertThat(pdfText.get(s.fileName()).replaceAll("\\s+", " ")).as(s.fileName()).contains(s.marker());
      }
      System.out.println("AnyTextSurvivesTest: LibreOffice opened " + SAMPLES.size() + " generated letters");
    } finally {
      try (Stream<Path> walk = Files.walk(sampleFolder)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      sampleFolder = null;
      SAMPLES.clear();
    }
  }
}
