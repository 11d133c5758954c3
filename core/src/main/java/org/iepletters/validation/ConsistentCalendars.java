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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iepletters.model.District;
import org.iepletters.model.EsyCalendar;
import org.iepletters.model.SchoolCalendar;

/**
 * A district's calendars agree: {@code calendar} and {@code calendars} are not both given; a list, when given,
 * holds at least one calendar; no two school-year calendars share a date, nor two ESY calendars (an ESY
 * calendar may overlap a school year); an ESY calendar's {@code weekdays}, when given, are at least one and
 * distinct. An overlap is reported at the later of the two list positions.
 */
@Documented
@Constraint(validatedBy = ConsistentCalendars.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentCalendars {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "the district's calendars must agree";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentCalendars}. */
  final class Validator implements ConstraintValidator<ConsistentCalendars, District> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(District d, ConstraintValidatorContext context) {
      if (d == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (d.calendar() != null && d.calendars() != null) {
        ViolationPaths.add(context, "calendars", "cannot be given together with calendar: give one or the other");
        valid = false;
      }
      if (d.calendars() != null) {
        if (d.calendars().isEmpty()) {
          ViolationPaths.add(context, "calendars", "must list at least one calendar when given");
          valid = false;
        }
        for (int j = 1; j < d.calendars().size(); j++) {
          for (int i = 0; i < j; i++) {
            SchoolCalendar a = d.calendars().get(i);
            SchoolCalendar b = d.calendars().get(j);
            if (a != null && b != null && overlap(a.firstDay(), a.lastDay(), b.firstDay(), b.lastDay())) {
              ViolationPaths.add(context, "calendars[" + j + "]", "overlaps an earlier calendar of the list");
              valid = false;
              break;
            }
          }
        }
      }
      List<EsyCalendar> esy = d.esyCalendars();
      if (esy != null) {
        if (esy.isEmpty()) {
          ViolationPaths.add(context, "esyCalendars", "must list at least one calendar when given");
          valid = false;
        }
        for (int j = 0; j < esy.size(); j++) {
          EsyCalendar b = esy.get(j);
          if (b == null) {
            continue;
          }
          for (int i = 0; i < j; i++) {
            EsyCalendar a = esy.get(i);
            if (a != null && overlap(a.firstDay(), a.lastDay(), b.firstDay(), b.lastDay())) {
              ViolationPaths.add(context, "esyCalendars[" + j + "]", "overlaps an earlier ESY calendar of the list");
              valid = false;
              break;
            }
          }
          valid &= weekdays(b, j, context);
        }
      }
      return valid;
    }

    private static boolean weekdays(EsyCalendar calendar, int index, ConstraintValidatorContext context) {
      if (calendar.weekdays() == null) {
        return true;
      }
      String path = "esyCalendars[" + index + "].weekdays";
      if (calendar.weekdays().isEmpty()) {
        ViolationPaths.add(context, path, "must list at least one day of the week when given");
        return false;
      }
      boolean valid = true;
      Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
      for (int k = 0; k < calendar.weekdays().size(); k++) {
        DayOfWeek day = calendar.weekdays().get(k);
        if (day != null && !seen.add(day)) {
          ViolationPaths.add(context, path + "[" + k + "]", "is listed twice");
          valid = false;
        }
      }
      return valid;
    }

    private static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
      if (aFrom == null || aTo == null || bFrom == null || bTo == null || aTo.isBefore(aFrom) || bTo.isBefore(bFrom)) {
        return false;
      }
      return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }
  }
}
