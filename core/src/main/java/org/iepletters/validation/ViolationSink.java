package org.iepletters.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations that the rules walking many records report during one validation, kept in a list rather
 * than in the validation provider's set of violations (see {@link ViolationPaths#report}). Used by one thread.
 */
final class ViolationSink {
  private final List<Violation> found = new ArrayList<>();

  void add(Violation violation) {
    found.add(violation);
  }

  List<Violation> violations() {
    return found;
  }
}
