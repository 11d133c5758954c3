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
import org.iepletters.model.Closure;

/** A closure's {@code to}, when given, is not before its {@code from}. */
@Documented
@Constraint(validatedBy = OrderedClosure.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedClosure {
  /** {@return the message of each violation, reported on {@code to}: the rule that was broken} */
  String message() default "must not be before from";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link OrderedClosure}. */
  final class Validator implements ConstraintValidator<OrderedClosure, Closure> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(Closure closure, ConstraintValidatorContext context) {
      if (closure == null || closure.from() == null || closure.to() == null
          || !closure.to().isBefore(closure.from())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      ViolationPaths.add(context, "to", "must not be before from");
      return false;
    }
  }
}
