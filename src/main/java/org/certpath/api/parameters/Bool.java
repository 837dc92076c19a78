package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** true or false, in any case. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Bool.Validator.class)
public @interface Bool {

    String message() default "Not a boolean.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Bool, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.trim();
            if (text.isEmpty()) {
                return Report.refuse(context, "Empty value.");
            }
            return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    || Report.refuse(context, Values.quoted(text) + " is not true or false.");
        }
    }
}
