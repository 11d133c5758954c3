package org.iepletters.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deadlines that apply to a case, at most one of each kind, in the order of {@link DeadlineKind}.
 *
 * <p>Which deadlines apply is decided by the plan ({@code org.iepletters.plan.CaseDeadlines}); this type only
 * holds them.
 */
public final class Deadlines {
  private final Map<DeadlineKind, Deadline> byKind;

  private Deadlines(Map<DeadlineKind, Deadline> byKind) {
    this.byKind = Collections.unmodifiableMap(byKind);
  }

  /**
   * Deadlines from a collection; a later deadline of a kind replaces an earlier one.
   *
   * @param deadlines the deadlines
   * @return them, in the order of {@link DeadlineKind}
   */
  public static Deadlines of(Collection<Deadline> deadlines) {
    Map<DeadlineKind, Deadline> map = new EnumMap<>(DeadlineKind.class);
    for (Deadline d : deadlines) {
      map.put(d.kind(), d);
    }
    return new Deadlines(map);
  }

  /**
   * The deadline of a kind.
   *
   * @param kind the kind
   * @return the deadline, or empty when it does not apply
   */
  public Optional<Deadline> get(DeadlineKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /**
   * Whether a deadline of the kind applies to the case.
   *
   * @param kind the kind
   * @return true when {@link #get(DeadlineKind)} holds a deadline of the kind
   */
  public boolean has(DeadlineKind kind) {
    return byKind.containsKey(kind);
  }

  /** {@return the deadlines in the order of {@link DeadlineKind}} */
  public List<Deadline> list() {
    return List.copyOf(byKind.values());
  }

  /**
   * {@return each deadline's date by its name, such as {@code recordsAccessDue}, in the order of {@link DeadlineKind}}
   * The map cannot be modified.
   */
  public Map<String, LocalDate> asMap() {
    Map<String, LocalDate> map = new LinkedHashMap<>();
    byKind.values().forEach(d -> map.put(d.name(), d.date()));
    return Collections.unmodifiableMap(map);
  }

  /** {@return whether no deadline applies} */
  public boolean isEmpty() {
    return byKind.isEmpty();
  }

  /** Equal when the same deadlines apply with the same dates and rules. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Deadlines d && byKind.equals(d.byKind);
  }

  @Override
  public int hashCode() {
    return byKind.hashCode();
  }

  /** The names and dates, for diagnostics. */
  @Override
  public String toString() {
    return asMap().toString();
  }
}
