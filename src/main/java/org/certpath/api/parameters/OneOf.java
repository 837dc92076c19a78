package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;

/**
 * The code of a constant of an enumeration (its name in lower case), compared case-insensitively;
 * on a list, each of its values. The enumeration is the one definition of the allowed values.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "Not an allowed value.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, Object> {
        private List<String> allowed;

        @Override
        public void initialize(OneOf values) {
            allowed = Values.codes(values.value());
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            List<String> items = Values.given(value);
            if (items == null) {
                return true;
            }
            if (items.isEmpty()) {
                return Report.refuse(context, "Empty value.");
            }
            for (String item : items) {
                if (!allowed.contains(item.toLowerCase(Locale.ROOT))) {
                    return Report.refuse(context, Values.quoted(item) + " is not one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + ".");
                }
            }
            return true;
        }
    }
}
