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
import org.iepletters.model.Guardian;

/** The guardian can be reached: an e-mail address or a phone number, not blank. */
@Documented
@Constraint(validatedBy = ContactableGuardian.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContactableGuardian {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "needs an e-mail address or a phone number";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ContactableGuardian}. */
  final class Validator implements ConstraintValidator<ContactableGuardian, Guardian> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Guardian guardian, ConstraintValidatorContext context) {
      return guardian == null || !isBlank(guardian.email()) || !isBlank(guardian.phone());
    }

    private static boolean isBlank(String s) {
      return s == null || s.isBlank();
    }
  }
}
