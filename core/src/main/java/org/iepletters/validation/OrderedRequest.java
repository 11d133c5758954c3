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
import org.iepletters.model.RefusedRequest;

/** A refused request was made before it was refused: {@code requestedOn} is not after {@code date}. */
@Documented
@Constraint(validatedBy = OrderedRequest.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedRequest {
  /** {@return the message of each violation, reported on {@code requestedOn}: the rule that was broken} */
  String message() default "must not be after date";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link OrderedRequest}. */
  final class Validator implements ConstraintValidator<OrderedRequest, RefusedRequest> {
    /** Created by the validation provider. */
    public Validator() {}

    @Override
    public boolean isValid(RefusedRequest r, ConstraintValidatorContext context) {
      if (r == null || r.date() == null || r.requestedOn() == null || !r.requestedOn().isAfter(r.date())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      ViolationPaths.add(context, "requestedOn", "must not be after date (the date of the refusal)");
      return false;
    }
  }
}
