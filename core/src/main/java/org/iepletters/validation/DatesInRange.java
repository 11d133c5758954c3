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
import java.time.LocalDate;
import org.iepletters.calendar.SupportedDates;

/**
 * Every date of a case, at any depth, is one the library computes with: from 1900-01-01 to 2199-12-31
 * ({@link SupportedDates}). Each offending date is reported at its own path.
 */
@Documented
@Constraint(validatedBy = DatesInRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInRange {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default SupportedDates.RULE;

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link DatesInRange} on the case's record tree. */
  final class Validator implements ConstraintValidator<DatesInRange, Record> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Record root, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      return RecordWalker.walk(root, (value, path) -> !(value instanceof LocalDate date)
          || SupportedDates.contains(date)
          || ViolationPaths.report(context, "", path.get(), SupportedDates.RULE));
    }
  }
}
