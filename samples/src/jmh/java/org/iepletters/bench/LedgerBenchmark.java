package org.iepletters.bench;

import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.iepletters.ledger.ServiceLedger;
import org.iepletters.model.Case;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.validation.CaseValidator;
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
import org.openjdk.jmh.annotations.Warmup;

/** The service ledger and the escalation plan of a large case (40 lines) at three sizes of the service logs. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class LedgerBenchmark {

  /** Log entries in the case. */
  @Param({"2000", "20000", "200000"})
  public int entries;

  Case largeCase;

  /**
   * Builds and validates the large case once. The largest case is past the case-file reader's 10 MB limit, so
   * it is bound with a plain mapper and then validated like any case built in code.
   *
   * @throws Exception when the generated JSON does not bind
   */
  @Setup
  public void setUp() throws Exception {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();
    largeCase = CaseValidator.requireValid(mapper.readValue(LargeCaseGenerator.json(entries), Case.class));
  }

  /**
   * The ledger of every line.
   *
   * @return the ledger
   */
  @Benchmark
  public ServiceLedger ledger() {
    return ServiceLedger.of(largeCase, LargeCaseGenerator.AS_OF);
  }

  /**
   * The escalation plan, which includes the ledger and the IEP change.
   *
   * @return the plan
   */
  @Benchmark
  public EscalationPlan plan() {
    return EscalationPlan.of(largeCase, LargeCaseGenerator.AS_OF);
  }
}
