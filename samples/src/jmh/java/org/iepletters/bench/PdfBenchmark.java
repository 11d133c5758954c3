package org.iepletters.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.iepletters.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time per letter on one thread: the whole render to {@code .docx} bytes beside the whole render to PDF
 * bytes (the same render, then the PDF laid out, tagged and written), through one shared {@link IepLetters}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PdfBenchmark {

  /** The shared entry object and one case and letter. */
  @State(Scope.Benchmark)
  public static class Letters {
    /** Case file name and letter kind. */
    @Param({"speech-one-of-three/DEMAND", "speech-one-of-three/PRS_COMPLAINT", "budget-cut/WRITTEN_NOTICE_REQUEST"})
    public String letter;

    IepLetters letters;
    Case sampleCase;
    LetterKind kind;
    LocalDate date;

    /** Reads the sample case, warms the entry object up and checks both files render. */
    @Setup
    public void setUp() {
      String[] parts = letter.split("/");
      letters = IepLetters.builder().build().warmUp();
      sampleCase = CaseFiles.read(Path.of(System.getProperty("iep.cases", "samples/cases"), parts[0] + ".json"));
      kind = LetterKind.valueOf(parts[1]);
      date = LocalDate.of(2026, 11, 13);
      Letter rendered = letters.render(kind, sampleCase, date);
      DocxCheck.requireLetter(letter, rendered.docx());
      byte[] pdf = rendered.pdf();
      if (pdf.length < 1000 || pdf[0] != '%' || pdf[1] != 'P') {
        throw new IllegalStateException(letter + ": the PDF is not a PDF");
      }
    }
  }

  /**
   * Renders one letter to {@code .docx} bytes.
   *
   * @param s the shared state
   * @return the bytes
   */
  @Benchmark
  public byte[] docx(Letters s) {
    return s.letters.render(s.kind, s.sampleCase, s.date).docx();
  }

  /**
   * Renders one letter to PDF bytes.
   *
   * @param s the shared state
   * @return the bytes
   */
  @Benchmark
  public byte[] pdf(Letters s) {
    return s.letters.render(s.kind, s.sampleCase, s.date).pdf();
  }
}
