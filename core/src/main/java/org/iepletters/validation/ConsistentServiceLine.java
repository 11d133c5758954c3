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
import org.iepletters.model.Period;
import org.iepletters.model.ServiceLine;

/**
 * A service line's period and cycle agree: a {@code CYCLE} line has {@code cycleDays} from 2 to 10, and no
 * other line has {@code cycleDays}; an {@code esy} line is not {@code CYCLE}.
 */
@Documented
@Constraint(validatedBy = ConsistentServiceLine.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentServiceLine {
  /** The smallest cycle, in school days. */
  int MIN_CYCLE_DAYS = 2;
  /** The largest cycle, in school days. */
  int MAX_CYCLE_DAYS = 10;

  /** {@return the message of each violation: the rule that was broken} */
  String message() default "cycleDays must agree with per";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentServiceLine}. */
  final class Validator implements ConstraintValidator<ConsistentServiceLine, ServiceLine> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(ServiceLine line, ConstraintValidatorContext context) {
      if (line == null) {
        return true;
      }
      String problem = null;
      if (line.per() == Period.CYCLE) {
        if (line.cycleDays() == null) {
          problem = "is required when per is CYCLE";
        } else if (line.cycleDays() < MIN_CYCLE_DAYS || line.cycleDays() > MAX_CYCLE_DAYS) {
          problem = "must be from 2 to 10 school days";
        }
      } else if (line.cycleDays() != null && line.per() != null) {
        problem = "is allowed only when per is CYCLE";
      }
      boolean esyCycle = line.isEsy() && line.per() == Period.CYCLE;
      if (problem == null && !esyCycle) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (problem != null) {
        ViolationPaths.add(context, "cycleDays", problem);
      }
      if (esyCycle) {
        ViolationPaths.add(context, "esy", "cannot be true on a CYCLE line: an ESY line runs by WEEK or MONTH");
      }
      return false;
    }
  }
}
