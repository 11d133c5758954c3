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
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "contains a character that XML 1.0 forbids";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link XmlSafeText} by walking the record's components, lists and nested records. */
  final class Validator implements ConstraintValidator<XmlSafeText, Record> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Record root, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      return RecordWalker.walk(root, (value, path) -> {
        int bad = value instanceof String text ? firstForbidden(text) : -1;
        return bad < 0 || ViolationPaths.report(context, "", path.get(),
            "contains a character that XML 1.0 forbids (" + String.format(Locale.ROOT, "U+%04X", bad) + ")");
      });
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
