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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iepletters.model.Iep;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;

/**
 * An IEP, accepted or proposed, hangs together: {@code start} before {@code end}, service line ids unique,
 * and each line's own {@code start} and {@code end} inside the IEP's dates.
 */
@Documented
@Constraint(validatedBy = {ConsistentIep.ForAccepted.class, ConsistentIep.ForProposed.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentIep {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "the IEP's dates and service lines must agree";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentIep} on the accepted IEP. */
  final class ForAccepted implements ConstraintValidator<ConsistentIep, Iep> {
    /** Created by the validation provider. */
    public ForAccepted() {}

    @Override
    public boolean isValid(Iep iep, ConstraintValidatorContext context) {
      return iep == null || check("iep", iep.start(), iep.end(), iep.services(), context);
    }

    static boolean check(String base,
        LocalDate start, LocalDate end, List<ServiceLine> services, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      boolean datesOrdered = start == null || end == null || start.isBefore(end);
      if (!datesOrdered) {
        valid &= ViolationPaths.report(context, base, "end", "must be after start");
      }
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < services.size(); i++) {
        ServiceLine line = services.get(i);
        if (line == null) {
          continue;
        }
        if (line.id() != null && !line.id().isBlank() && !ids.add(line.id())) {
          valid &= ViolationPaths.report(context, base, "services[" + i + "].id",
              "repeats the id of an earlier service line");
        }
        if (!datesOrdered) {
          continue; // "within the IEP dates" means nothing until the IEP's own dates are fixed
        }
        if (outside(line.start(), start, end)) {
          valid &= ViolationPaths.report(context, base, "services[" + i + "].start", "must be within the IEP dates");
        }
        if (outside(line.end(), start, end)) {
          valid &= ViolationPaths.report(context, base, "services[" + i + "].end", "must be within the IEP dates");
        }
      }
      return valid;
    }

    private static boolean outside(LocalDate date, LocalDate start, LocalDate end) {
      return date != null && (start != null && date.isBefore(start) || end != null && date.isAfter(end));
    }
  }

  /** Checks {@link ConsistentIep} on a proposed IEP. */
  final class ForProposed implements ConstraintValidator<ConsistentIep, ProposedIep> {
    /** Created by the validation provider. */
    public ForProposed() {}

    @Override
    public boolean isValid(ProposedIep iep, ConstraintValidatorContext context) {
      return iep == null || ForAccepted.check("proposedIep", iep.start(), iep.end(), iep.services(), context);
    }
  }
}
