package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An RFC 3339 date-time with a four-digit year. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Timestamp.Validator.class)
public @interface Timestamp {

    String message() default "Not a date-time.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Timestamp, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.isBlank()) {
                return Report.refuse(context, "Empty value.");
            }
            return Values.parseTime(value) != null || Report.refuse(context, Values.quoted(value.trim())
                    + " is not an RFC 3339 date-time such as 2026-01-31T00:00:00Z.");
        }
    }
}
