package org.iepletters.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies lists for records: a missing list becomes empty, and {@code null} elements survive for validation to report. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // List.copyOf rejects null elements; a null element must reach validation to be reported with its path.
    // (List.contains(null) itself throws on the immutable lists of List.of, hence the loop)
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }
}
