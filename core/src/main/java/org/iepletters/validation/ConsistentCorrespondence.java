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
import org.iepletters.model.Correspondence;
import org.iepletters.model.Direction;

/** A letter the parent sent names which letter it was. */
@Documented
@Constraint(validatedBy = ConsistentCorrespondence.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentCorrespondence {
  /** {@return the message of each violation, reported on {@code letter}: the rule that was broken} */
  String message() default "is required when direction is SENT";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentCorrespondence}. */
  final class Validator implements ConstraintValidator<ConsistentCorrespondence, Correspondence> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Correspondence item, ConstraintValidatorContext context) {
      if (item == null || item.direction() != Direction.SENT || item.letter() != null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      ViolationPaths.add(context, "letter", "is required when direction is SENT");
      return false;
    }
  }
}
