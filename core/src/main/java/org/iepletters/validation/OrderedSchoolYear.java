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
import org.iepletters.model.EsyCalendar;
import org.iepletters.model.SchoolCalendar;

/** A school year's (or an ESY programme's) {@code firstDay} is not after its {@code lastDay}. */
@Documented
@Constraint(validatedBy = {OrderedSchoolYear.Validator.class, OrderedSchoolYear.EsyValidator.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedSchoolYear {
  /** {@return the message of each violation, reported on {@code lastDay}: the rule that was broken} */
  String message() default "must not be before firstDay";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link OrderedSchoolYear}. */
  final class Validator implements ConstraintValidator<OrderedSchoolYear, SchoolCalendar> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(SchoolCalendar calendar, ConstraintValidatorContext context) {
      return calendar == null || ordered(calendar.firstDay(), calendar.lastDay(), context);
    }

    /** Whether a calendar's last day is not before its first; else reports it at {@code lastDay}. */
    static boolean ordered(LocalDate firstDay, LocalDate lastDay, ConstraintValidatorContext context) {
      if (firstDay == null || lastDay == null || !lastDay.isBefore(firstDay)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      ViolationPaths.add(context, "lastDay", "must not be before firstDay");
      return false;
    }
  }

  /** Checks {@link OrderedSchoolYear} on an ESY calendar. */
  final class EsyValidator implements ConstraintValidator<OrderedSchoolYear, EsyCalendar> {
    /** Created by the validation provider. */
    public EsyValidator() {}

    @Override
    public boolean isValid(EsyCalendar calendar, ConstraintValidatorContext context) {
      return calendar == null || Validator.ordered(calendar.firstDay(), calendar.lastDay(), context);
    }
  }
}
