package org.iepletters.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address that looks deliverable: no spaces, one {@code @}, a domain with a dot. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleEmail {
  /** {@return the message of each violation: the rule that was broken} */
  String message() default "must be a plausible e-mail address";

  /** {@return the validation groups the rule belongs to; none means the default group} */
  Class<?>[] groups() default {};

  /** {@return the payload types a client attaches to the rule; the library attaches none} */
  Class<? extends Payload>[] payload() default {};
}
