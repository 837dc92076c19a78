package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number from {@link #min} to {@link #max}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    int min();

    int max();

    String message() default "Not a whole number.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumber, String> {
        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.isBlank()) {
                return Report.refuse(context, "Empty value.");
            }
            int number;
            try {
                number = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return Report.refuse(context, Values.quoted(value.trim()) + " is not a whole number.");
            }
            return number >= min && number <= max || Report.refuse(context, "Must be between " + min + " and " + max + ".");
        }
    }
}
