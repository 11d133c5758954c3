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
import org.iepletters.model.ServiceLogEntry;

/**
 * A log entry's minutes agree with its status: {@code DELIVERED} and {@code MAKEUP} at least 1,
 * {@code CANCELLED} and {@code STUDENT_ABSENT} exactly 0.
 */
@Documented
@Constraint(validatedBy = ConsistentLogEntry.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentLogEntry {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "minutes must agree with status";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentLogEntry}. */
  final class Validator implements ConstraintValidator<ConsistentLogEntry, ServiceLogEntry> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(ServiceLogEntry entry, ConstraintValidatorContext context) {
      if (entry == null || entry.minutes() == null || entry.status() == null || entry.minutes() < 0) {
        return true;
      }
      String problem = switch (entry.status()) {
        case DELIVERED, MAKEUP -> entry.minutes() >= 1 ? null : "must be at least 1 when status is " + entry.status();
        case CANCELLED, STUDENT_ABSENT -> entry.minutes() == 0 ? null : "must be 0 when status is " + entry.status();
      };
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      ViolationPaths.add(context, "minutes", problem);
      return false;
    }
  }
}
