package org.iepletters.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.iepletters.IepLetters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm rendering of each letter kind of the sample cases, through one shared {@link IepLetters}, on one thread
 * ({@link OneThread}) and on two ({@link TwoThreads}). Run in the same JMH run as {@link BaselineBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public abstract class RenderBenchmark {

  /** The shared entry object and one case and letter; one parameter so no letter runs on a case it does not fit. */
  @State(Scope.Benchmark)
  public static class Letters {
    /** Case file name and letter kind. */
    @Param({"speech-one-of-three/DEMAND", "speech-one-of-three/RECORDS_REQUEST", "speech-one-of-three/PRS_COMPLAINT",
        "ot-vacancy/DEMAND", "budget-cut/PARTIAL_REJECTION", "budget-cut/WRITTEN_NOTICE_REQUEST"})
    public String letter;

    IepLetters letters;
    Case sampleCase;
    LetterKind kind;
    LocalDate date;

    /** Reads the sample case, warms the entry object up and checks the letter renders. */
    @Setup
    public void setUp() {
      String[] parts = letter.split("/");
      letters = IepLetters.builder().build().warmUp();
      sampleCase = CaseFiles.read(Path.of(System.getProperty("iep.cases", "samples/cases"), parts[0] + ".json"));
      kind = LetterKind.valueOf(parts[1]);
      date = parts[0].equals("ot-vacancy") ? LocalDate.of(2026, 12, 11) : LocalDate.of(2026, 11, 13);
      DocxCheck.requireLetter(letter, letters.render(kind, sampleCase, date).docx());
    }
  }

  /**
   * Renders one letter to .docx bytes.
   *
   * @param s the shared state
   * @param blackhole consumes the bytes
   */
  @Benchmark
  public void render(Letters s, Blackhole blackhole) {
    blackhole.consume(s.letters.render(s.kind, s.sampleCase, s.date).docx());
  }

  /** Rendering on one thread. */
  @Threads(1)
  public static class OneThread extends RenderBenchmark {}

  /** Rendering on two threads at once, sharing one entry object. */
  @Threads(2)
  public static class TwoThreads extends RenderBenchmark {}
}
