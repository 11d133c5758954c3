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
  /** The rule, as reported on {@code requestedOn}. */
  String message() default "must not be after date";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
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
