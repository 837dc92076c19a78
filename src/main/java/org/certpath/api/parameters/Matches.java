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
import java.util.regex.Pattern;

/** Text of a given form, such as a code; on a list, each of its values. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Matches.Validator.class)
public @interface Matches {

    String regexp();

    /** What a valid value is, to end "'x' is not ...". */
    String expected();

    String message() default "Not of the expected form.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Matches, Object> {
        private Pattern pattern;
        private String expected;

        @Override
        public void initialize(Matches form) {
            pattern = Pattern.compile(form.regexp());
            expected = form.expected();
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
                if (item.length() > Values.MAX_LENGTH || !pattern.matcher(item).matches()) {
                    return Report.refuse(context, Values.quoted(item) + " is not " + expected + ".");
                }
            }
            return true;
        }
    }
}
