package org.iepletters.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * Every text of a record, at any depth, holds only characters XML 1.0 allows: no control characters other than
 * tab, line feed and carriage return, no unpaired surrogates, no U+FFFE or U+FFFF. A letter is XML inside, so
 * such a character could never reach it. Each offending text is reported at its own path.
 */
@Documented
@Constraint(validatedBy = XmlSafeText.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface XmlSafeText {
  /** The rule, as reported. */
  String message() default "contains a character that XML 1.0 forbids";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link XmlSafeText} by walking the record's components, lists and nested records. */
  final class Validator implements ConstraintValidator<XmlSafeText, Record> {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
      @Override
      protected RecordComponent[] computeValue(Class<?> type) {
        return type.getRecordComponents();
      }
    };

    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Record root, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      return visit(root, null, context);
    }

    /**
     * Where a value sits: a component name, or a list index, below a parent. The dotted text is made only
     * for a violation, since almost every text is allowed.
     */
    private record Place(Place parent, String name, int index) {
      String path() {
        String up = parent == null ? "" : parent.path();
        return name == null ? up + "[" + index + "]" : ViolationPaths.join(up, name);
      }
    }

    private static boolean visit(Object value, Place place, ConstraintValidatorContext context) {
      if (value instanceof String text) {
        int bad = firstForbidden(text);
        if (bad < 0) {
          return true;
        }
        return ViolationPaths.report(context, "", place == null ? "" : place.path(),
            "contains a character that XML 1.0 forbids (" + String.format(Locale.ROOT, "U+%04X", bad) + ")");
      }
      boolean valid = true;
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object item = list.get(i);
          if (item instanceof String || item instanceof List<?> || item instanceof Record) {
            valid &= visit(item, new Place(place, null, i), context);
          }
        }
      } else if (value instanceof Record record) {
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
          Object child = read(component, record);
          if (child instanceof String || child instanceof List<?> || child instanceof Record) {
            valid &= visit(child, new Place(place, component.getName(), 0), context);
          }
        }
      }
      return valid;
    }

    private static Object read(RecordComponent component, Record record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read the record component " + component.getName(), e);
      }
    }

    /**
     * The first character XML 1.0 forbids in a text.
     *
     * @param text the text
     * @return the offending code unit, or -1 when the text is allowed
     */
    static int firstForbidden(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)
            || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
            || c == '\uFFFE' || c == '\uFFFF') {
          return c;
        }
      }
      return -1;
    }
  }
}
