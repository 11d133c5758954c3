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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.iepletters.model.Case;
import org.iepletters.model.Period;
import org.iepletters.model.ProposedIep;
import org.iepletters.model.ServiceLine;
import org.iepletters.model.ServiceLogEntry;

/**
 * The parts of a case agree with each other: every log entry names a service line of the accepted IEP, and a
 * {@code CYCLE} line of the accepted IEP has the district calendar its cycles are counted on.
 */
@Documented
@Constraint(validatedBy = ConsistentCase.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentCase {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "the parts of the case must agree";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentCase}. */
  final class Validator implements ConstraintValidator<ConsistentCase, Case> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Case c, ConstraintValidatorContext context) {
      if (c == null || c.iep() == null) {
        return true; // a missing IEP is reported on its own; nothing to match against
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      List<ServiceLine> lines = c.iep().services();
      Set<String> ids = new HashSet<>();
      lines.stream().filter(Objects::nonNull).map(ServiceLine::id).filter(Objects::nonNull).forEach(ids::add);
      for (int i = 0; i < c.serviceLogs().size(); i++) {
        ServiceLogEntry entry = c.serviceLogs().get(i);
        if (entry != null && entry.service() != null && !entry.service().isBlank() && !ids.contains(entry.service())) {
          valid &= ViolationPaths.report(context, "", "serviceLogs[" + i + "].service",
              "names no service line of the IEP");
        }
      }
      boolean hasCalendar = c.district() != null && c.district().hasSchoolCalendar();
      for (int i = 0; i < lines.size(); i++) {
        ServiceLine line = lines.get(i);
        if (line != null && line.per() == Period.CYCLE && !hasCalendar) {
          valid &= ViolationPaths.report(context, "", "iep.services[" + i + "].per",
              "CYCLE needs a district school-year calendar (district.calendar or district.calendars)");
        }
      }
      if (c.logsThrough() != null) {
        for (int i = 0; i < c.serviceLogs().size(); i++) {
          ServiceLogEntry entry = c.serviceLogs().get(i);
          if (entry != null && entry.date() != null && entry.date().isAfter(c.logsThrough())) {
            valid &= ViolationPaths.report(context, "", "serviceLogs[" + i + "].date",
                "is after logsThrough, the last date the logs cover");
          }
        }
      }
      ProposedIep proposed = c.proposedIep();
      if (proposed != null) {
        Set<String> proposedIds = new HashSet<>();
        proposed.services().stream().filter(Objects::nonNull).map(ServiceLine::id).filter(Objects::nonNull)
            .forEach(proposedIds::add);
        for (int k = 0; k < proposed.acceptChanges().size(); k++) {
          String id = proposed.acceptChanges().get(k);
          if (id != null && !id.isBlank() && !proposedIds.contains(id)) {
            valid &= ViolationPaths.report(context, "", "proposedIep.acceptChanges[" + k + "]",
                "names no service line of the proposed IEP");
          }
        }
      }
      return valid;
    }
  }
}
