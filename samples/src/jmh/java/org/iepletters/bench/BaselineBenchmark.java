package org.iepletters.bench;

import java.util.concurrent.TimeUnit;
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
 * The baselines the product's warm render is compared to, on the same demand letter
 * ({@link LetterContent#demandSpeechOneOfThree()}): Apache POI XWPF from a template, and the ZIP
 * floor. Each runs on one thread ({@link OneThread}) and on two ({@link TwoThreads}), in the same
 * JMH run as the product benchmarks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// POI logs through the Log4j API; with no provider in the jar its status logger would say so in every fork
@Fork(value = 2, jvmArgsAppend = "-Dlog4j2.statusLoggerLevel=OFF")
public abstract class BaselineBenchmark {

  /** The writers and the letter, shared by all threads: each is immutable. */
  @State(Scope.Benchmark)
  public static class Writers {
    LetterContent letter;
    PoiXwpfWriter poi;
    ZipFloorWriter floor;

    /** Builds the template once and checks that both writers produce the letter. */
    @Setup
    public void setUp() {
      letter = LetterContent.demandSpeechOneOfThree();
      poi = new PoiXwpfWriter(PoiXwpfWriter.defaultTemplate());
      floor = new ZipFloorWriter();
      DocxCheck.requireLetter("POI XWPF", poi.write(letter), "324", "Services not delivered");
      DocxCheck.requireLetter("ZIP floor", floor.write(letter), "324", "Services not delivered");
    }
  }

  /**
   * The demand letter written with Apache POI XWPF.
   *
   * @param writers the shared writers
   * @param blackhole consumes the bytes
   */
  @Benchmark
  public void poiXwpf(Writers writers, Blackhole blackhole) {
    blackhole.consume(writers.poi.write(writers.letter));
  }

  /**
   * The demand letter written straight into a ZIP.
   *
   * @param writers the shared writers
   * @param blackhole consumes the bytes
   */
  @Benchmark
  public void zipFloor(Writers writers, Blackhole blackhole) {
    blackhole.consume(writers.floor.write(writers.letter));
  }

  /** The baselines on one thread. */
  @Threads(1)
  public static class OneThread extends BaselineBenchmark {}

  /** The baselines on two threads at once. */
  @Threads(2)
  public static class TwoThreads extends BaselineBenchmark {}
}
