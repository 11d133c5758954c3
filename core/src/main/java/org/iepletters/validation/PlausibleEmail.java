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
  /** The rule, as reported. */
  String message() default "must be a plausible e-mail address";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
