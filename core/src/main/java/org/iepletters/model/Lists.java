package org.iepletters.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Copies lists for records: a missing list becomes empty, and {@code null} elements survive for validation to report. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null elements; a null element must reach validation to be reported with its path.
    // (contains(null) is no test: an immutable list throws on it, so copying a copied list failed.)
    return list.stream().anyMatch(Objects::isNull)
        ? Collections.unmodifiableList(new ArrayList<>(list))
        : List.copyOf(list);
  }
}
