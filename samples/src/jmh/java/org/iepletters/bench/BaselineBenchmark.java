package org.iepletters.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
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
 * The baseline the product's warm render of the demand letter is compared to: Apache POI XWPF writing the same
 * letter (the text the product rendered for speech-one-of-three on November 13, 2026, Exhibit A included; see
 * {@link LetterContent#of}) into the product's {@code reference.docx}, as a Java developer would by hand. On one
 * thread ({@link OneThread}) and on two ({@link TwoThreads}), in the same JMH run as {@link RenderBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// POI logs through the Log4j API; with no provider in the jar its status logger would say so in every fork
@Fork(value = 2, jvmArgsAppend = "-Dlog4j2.statusLoggerLevel=OFF")
public abstract class BaselineBenchmark {

  /** The writer and the letter, shared by all threads: each is immutable. */
  @State(Scope.Benchmark)
  public static class Writers {
    LetterContent letter;
    PoiXwpfWriter poi;

    /** Takes the letter from the product's render and checks that POI writes the same text. */
    @Setup
    public void setUp() {
      LocalDate date = LocalDate.of(2026, 11, 13);
      Letter product = IepLetters.builder().build().render(LetterKind.DEMAND,
          CaseFiles.read(Path.of(System.getProperty("iep.cases", "samples/cases"), "speech-one-of-three.json")), date);
      letter = LetterContent.of(product, date);
      poi = new PoiXwpfWriter(PoiXwpfWriter.defaultTemplate());
      DocxCheck.requireSameText("POI XWPF", poi.write(letter), product.docx());
    }
  }

  /**
   * The demand letter written with Apache POI XWPF.
   *
   * @param writers the shared writer and letter
   * @param blackhole consumes the bytes
   */
  @Benchmark
  public void poiXwpf(Writers writers, Blackhole blackhole) {
    blackhole.consume(writers.poi.write(writers.letter));
  }

  /** The baseline on one thread. */
  @Threads(1)
  public static class OneThread extends BaselineBenchmark {}

  /** The baseline on two threads at once. */
  @Threads(2)
  public static class TwoThreads extends BaselineBenchmark {}
}
