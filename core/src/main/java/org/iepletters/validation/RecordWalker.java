package org.iepletters.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Visits every text and date of a record, at any depth, through its components, lists and nested records. */
final class RecordWalker {
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private RecordWalker() {}

  /** Checks one text or date. */
  interface Leaf {
    /**
     * Checks a value.
     *
     * @param value a {@link String} or a {@link LocalDate}
     * @param path its path from the root, made only when asked, since almost every value is allowed
     * @return whether the walk stays valid
     */
    boolean check(Object value, Supplier<String> path);
  }

  /**
   * Walks a record.
   *
   * @param root the record
   * @param leaf the check of each text and date
   * @return whether every check passed
   */
  static boolean walk(Record root, Leaf leaf) {
    return visit(root, null, leaf);
  }

  /** Where a value sits: a component name, or a list index, below a parent. */
  private record Place(Place parent, String name, int index) {
    String path() {
      String up = parent == null ? "" : parent.path();
      return name == null ? up + "[" + index + "]" : ViolationPaths.join(up, name);
    }
  }

  private static boolean visit(Object value, Place place, Leaf leaf) {
    if (value instanceof String || value instanceof LocalDate) {
      return leaf.check(value, () -> place == null ? "" : place.path());
    }
    boolean valid = true;
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        if (walked(item)) {
          valid &= visit(item, new Place(place, null, i), leaf);
        }
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : COMPONENTS.get(record.getClass())) {
        Object child = read(component, record);
        if (walked(child)) {
          valid &= visit(child, new Place(place, component.getName(), 0), leaf);
        }
      }
    }
    return valid;
  }

  private static boolean walked(Object value) {
    return value instanceof String || value instanceof LocalDate || value instanceof List<?>
        || value instanceof Record;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the record component " + component.getName(), e);
    }
  }
}
