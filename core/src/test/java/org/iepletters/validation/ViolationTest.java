package org.iepletters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ViolationTest {
  @Test
  void ordersIndexesByNumberNotByText() {
    List<Violation> sorted = List.copyOf(new TreeSet<>(List.of(
        new Violation("serviceLogs[10].date", "b"),
        new Violation("serviceLogs[9].date", "b"),
        new Violation("serviceLogs[100]", "a"),
        new Violation("serviceLogs[9].date", "a"),
        new Violation("", "z"),
        new Violation("iep", "a"))));
    assertThat(sorted).extracting(Violation::toString).containsExactly(
        "z", "iep: a", "serviceLogs[9].date: a", "serviceLogs[9].date: b", "serviceLogs[10].date: b",
        "serviceLogs[100]: a");
  }
}
