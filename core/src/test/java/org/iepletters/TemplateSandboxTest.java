package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iepletters.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An organisation's own template cannot leave its sandbox: every way out (reflection, class loading, files,
 * {@code #evaluate}, system properties, changing the view) fails with a {@link TemplateException} naming the
 * template and line, or prints nothing harmful, and nothing outside the letter changes.
 */
class TemplateSandboxTest {

  private static final String TEMPLATE = "records-request.md.vm";
  private static final String SECRET = "ZZSECRET-sandbox-file-content";

  @TempDir
  static Path work;

  private static Path secretFile;
  private static Path touched;
  private static Case sample;
  private static LocalDate date;

  @BeforeAll
  static void setUp() throws IOException {
    secretFile = Files.writeString(work.resolve("secret.txt"), SECRET);
    touched = work.resolve("touched-by-a-template");
    sample = CaseFixtures.read("speech-one-of-three");
    date = CaseFixtures.asOf("speech-one-of-three");
  }

  static Stream<String> escapes() {
    String forName = ".forName(\"java.lang.Runtime\")";
    String exec = ".getRuntime().exec(\"touch " + "TOUCHED" + "\")";
    return Stream.of(
        "$letter.class",
        "$letter.class.name",
        "$letter.getClass()" + forName,
        "$letter.getClass()" + forName + exec,
        "$letter.class.classLoader",
        "$letter.class.getClassLoader().loadClass(\"java.lang.System\")",
        "#set($s = \"\")$s.class" + forName,
        "#set($s = \"\")$s.getClass()" + forName + exec,
        "$letter.sender.name.getClass()",
        "$letter.sender.name.class.forName(\"java.lang.System\").getProperty(\"user.home\")",
        "#set($sys = $letter.class.forName(\"java.lang.System\"))$sys.getProperty(\"user.home\")",
        "#set($m = {})$m.getClass().forName(\"java.lang.System\").getenv()",
        "#set($l = [1, 2])$l.getClass().forName(\"java.lang.System\").getProperties()",
        "$letter.addressees.getClass()",
        "$letter.addressees.get(0).class",
        "$letter.facts.class.protectionDomain",
        "$letter.hashCode()",
        "$letter.toString()",
        "#foreach($a in $letter.addressees)$foreach.class#end",
        "#foreach($a in $letter.addressees)$foreach.parent#end",
        "#include(\"/etc/passwd\")",
        "#include(\"../secret.txt\")",
        "#include(\"SECRET_PATH\")",
        "#parse(\"../../../etc/hostname\")",
        "#parse(\"/etc/hostname\")",
        "#parse(\"file:///etc/passwd\")",
        "#set($n = \"macros.vm\")#parse($n)",
        "#include(\"$letter.kind\")",
        "#evaluate(\"#set($b = 2)$b\")",
        "#evaluate('$letter.class')",
        "#define($d)$letter.class#end$d",
        "#macro(leak)$letter.class.forName(\"java.lang.System\")#end#leak()",
        "$letter.addressees.clear()",
        "$letter.addressees.add($letter.addressees.get(0))",
        "$letter.addressees.remove(0)",
        "$letter.addressees.set(0, $letter.cc)",
        "$letter.enclosures.iterator()",
        "$letter.addressees.subList(0, 1).clear()",
        "#set($letter.date = \"yesterday\")",
        "#set($letter.addressees = [])",
        "$letter.sender.name.concat(\"x\")",
        "$letter.sender.name.replace(\"a\", \"b\")",
        "$velocityCount $runtime $rs $context $request",
        "$letter.re.dateOfBirth.length()");
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void templateCannotLeaveItsSandbox(String attack) throws IOException {
    String body = attack.replace("TOUCHED", touched.toString()).replace("SECRET_PATH", secretFile.toString());
    Path folder = Files.createTempDirectory(work, "templates-");
    Files.writeString(folder.resolve(TEMPLATE), "Dear reader,\n\n" + body + "\n", StandardCharsets.UTF_8);
    byte[] before = IepLetters.defaults().render(LetterKind.DEMAND, sample, date).docx();

    IepLetters letters = IepLetters.builder().templateFolder(folder).build();
    String output;
    try {
      Letter letter = letters.render(LetterKind.RECORDS_REQUEST, sample, date);
      output = letter.markdown() + DocxContent.part(letter.docx(), "word/document.xml");
    } catch (TemplateException e) {
      assertThat(e.template()).as(e.getMessage()).isEqualTo(TEMPLATE);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(3);
      output = everyMessage(e);
    }

    assertHarmless(output);
    assertThat(Files.exists(touched)).as("a command ran").isFalse();
    // the built-in letters of the same instance and of the defaults are as before
    assertThat(letters.render(LetterKind.DEMAND, sample, date).docx()).isEqualTo(before);
    assertThat(IepLetters.defaults().render(LetterKind.DEMAND, sample, date).docx()).isEqualTo(before);
  }

  @Test
  void macrosFileOfTheFolderIsSandboxedToo() throws IOException {
    Path folder = Files.createTempDirectory(work, "macros-");
    Files.writeString(folder.resolve("macros.vm"), "#macro(leak)$letter.class.classLoader#end\n");
    Files.writeString(folder.resolve(TEMPLATE), "Dear reader,\n\n#leak()\n");
    try {
      IepLetters.builder().templateFolder(folder).build().render(LetterKind.RECORDS_REQUEST, sample, date);
      fail("the macro reached the class loader");
    } catch (TemplateException e) {
      assertThat(e.line()).isPositive();
      assertHarmless(everyMessage(e));
    }
  }

  private static void assertHarmless(String output) throws IOException {
    List<String> forbidden = new ArrayList<>(List.of(SECRET, "root:x:", "java.lang.Runtime@", "ClassLoader@",
        "class org.iepletters", "java.lang.Class", "ProtectionDomain", "LetterView["));
    forbidden.add(System.getProperty("user.home"));
    forbidden.add(System.getProperty("java.home"));
    Path hostname = Path.of("/etc/hostname");
    // a short host name (such as "vm") would match ordinary words
    if (Files.isReadable(hostname) && Files.readString(hostname).strip().length() >= 6) {
      forbidden.add(Files.readString(hostname).strip());
    }
    for (String s : forbidden) {
      assertThat(output).as("output or message").doesNotContain(s);
    }
  }

  private static String everyMessage(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
