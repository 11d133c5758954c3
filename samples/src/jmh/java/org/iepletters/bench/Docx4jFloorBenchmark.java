package org.iepletters.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.IepLetters;
import org.iepletters.LetterKind;
import org.iepletters.io.CaseFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * docx4j's own floor for the demand letter: a package already built (the letter's body, styles, numbering,
 * footer, core properties: {@code Letter.wordprocessingPackage()}) saved with docx4j's standard save, with no
 * case, template, Markdown or mapping. Each thread saves its own package, since a docx4j package is not
 * meant to be saved from two threads at once. In the same JMH run as {@link RenderBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// the benchmarks jar holds POI's Log4j API too; with no provider its status logger would say so in every fork
@Fork(value = 2, jvmArgsAppend = "-Dlog4j2.statusLoggerLevel=OFF")
public abstract class Docx4jFloorBenchmark {

  /** One prepared package per thread. */
  @State(Scope.Thread)
  public static class Prepared {
    WordprocessingMLPackage letter;

    /** Builds the demand letter of the speech case and takes its package. */
    @Setup
    public void setUp() {
      IepLetters letters = IepLetters.builder().build().warmUp();
      letter = letters.render(LetterKind.DEMAND,
          CaseFiles.read(Path.of(System.getProperty("iep.cases", "samples/cases"), "speech-one-of-three.json")),
          LocalDate.of(2026, 11, 13)).wordprocessingPackage();
      DocxCheck.requireLetter("docx4j floor", save(letter), "324");
    }
  }

  /**
   * Saves the prepared package.
   *
   * @param prepared the thread's package
   * @param blackhole consumes the bytes
   */
  @Benchmark
  public void save(Prepared prepared, Blackhole blackhole) {
    blackhole.consume(save(prepared.letter));
  }

  static byte[] save(WordprocessingMLPackage pkg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      pkg.save(out);
    } catch (Docx4JException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** The floor on one thread. */
  @Threads(1)
  public static class OneThread extends Docx4jFloorBenchmark {}

  /** The floor on two threads, each with its own package. */
  @Threads(2)
  public static class TwoThreads extends Docx4jFloorBenchmark {}
}
