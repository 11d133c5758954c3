package org.iepletters;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link IepLetters} renders letters of every kind and public case on eight threads at once, and
 * every letter is byte for byte the one rendered alone. The heap the run keeps (what is in use after each
 * collection while it runs) is held to a bound; the peak in use before collections, which depends on how large
 * the collector lets the young generation grow, is printed only.
 *
 * <p>Tagged {@code stress}: {@code mvn verify} runs the full 8 × 1,000; {@code -Dstress.letters=N} sets the
 * letters per thread.
 */
@Tag("stress")
class ConcurrentRenderingTest {

  private static final int THREADS = 8;

  private record Job(String caseName, Case sampleCase, LocalDate date, LetterKind kind, byte[] alone) {}

  @Test
  void eightThreadsRenderEveryKindAndCaseAsEachWouldAlone() throws Exception {
    int perThread = Integer.getInteger("stress.letters", 1000);
    IepLetters letters = IepLetters.builder().build();
    List<Job> jobs = new ArrayList<>();
    for (String name : CaseFixtures.LETTER_SAMPLES) {
      Case c = CaseFixtures.read(name);
      LocalDate date = CaseFixtures.asOf(name);
      for (LetterKind kind : LetterKind.values()) {
        if (Applicability.check(kind, c, date).isEmpty()) {
          jobs.add(new Job(name, c, date, kind, IepLetters.defaults().render(kind, c, date).docx()));
        }
      }
    }
    assertThat(jobs).extracting(Job::kind).containsAll(List.of(LetterKind.values()));

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong sampledPeak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    AtomicLong keptPeak = new AtomicLong();
    AtomicInteger collections = new AtomicInteger();
    NotificationListener afterCollection = (notification, handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        long kept = heapPools.stream().map(MemoryPoolMXBean::getName)
            .map(info.getMemoryUsageAfterGc()::get).filter(Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
        keptPeak.accumulateAndGet(kept, Math::max);
        collections.incrementAndGet();
      }
    };
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(afterCollection, null, null));

    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger rendered = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long began = System.nanoTime();
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        threads.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            Job job = jobs.get((i * 7 + offset) % jobs.size());
            try {
              byte[] bytes = letters.render(job.kind(), job.sampleCase(), job.date()).docx();
              if (!Arrays.equals(bytes, job.alone())) {
                problems.add(job.caseName() + " " + job.kind() + " differs from the letter rendered alone");
              }
            } catch (RuntimeException e) {
              problems.add(job.caseName() + " " + job.kind() + " threw " + e);
            }
            rendered.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> thread : threads) {
        thread.get();
      }
    } finally {
      pool.shutdown();
      sampler.interrupt();
      sampler.join();
      for (GarbageCollectorMXBean collector : collectors) {
        ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
      }
    }
    long seconds = (System.nanoTime() - began) / 1_000_000_000L;
    long poolPeak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long peak = Math.max(sampledPeak.get(), poolPeak);
    System.out.printf("ConcurrentRenderingTest: %d letters (%d kinds and cases) on %d threads in about %d s;"
            + " heap in use before %d MB, kept after collections at most %d MB (%d collections), peak in use %d MB"
            + " (sampled %d MB, pool peaks %d MB), max heap %d MB%n",
        rendered.get(), jobs.size(), THREADS, seconds, baseline >> 20, keptPeak.get() >> 20, collections.get(),
        peak >> 20, sampledPeak.get() >> 20, poolPeak >> 20, memory.getHeapMemoryUsage().getMax() >> 20);

    assertThat(problems).isEmpty();
    assertThat(rendered.get()).isEqualTo(THREADS * perThread);
    // 8,000 letters allocate about 10 GB: the collector runs many times, and what it keeps is the live set;
    // keeping every letter's bytes alone (about 10 KB each) would go over 64 MB
    assertThat(collections.get()).as("collections during the run").isPositive();
    assertThat(keptPeak.get()).as("heap kept after collections").isLessThan(baseline + (64L << 20));
  }
}
