package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount of money in USD, from zero to {@link #max}, to the cent at most: bounded in magnitude and
 * scale when it is read, so that no arithmetic on it, in memory or in SQL, grows with what was sent.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Amount.Validator.class)
public @interface Amount {

    /** Far above any cost or wage in the data. */
    String DEFAULT_MAX = "10000000";
    /** Digits and a point for any amount up to the maximum, in cents; longer text is refused unread. */
    int MAX_DIGITS = 12;

    String max() default DEFAULT_MAX;

    String message() default "Not an amount.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Amount, String> {
        private BigDecimal max;

        @Override
        public void initialize(Amount bounds) {
            max = new BigDecimal(bounds.max());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.trim();
            if (text.isEmpty()) {
                return Report.refuse(context, "Empty value.");
            }
            BigDecimal amount = Values.parseAmount(text);
            if (amount == null) {
                return Report.refuse(context, Values.quoted(text) + " is not a number such as 1500 or 1499.99.");
            }
            if (amount.signum() < 0) {
                return Report.refuse(context, "Must be at least 0.");
            }
            if (amount.compareTo(max) > 0) {
                return Report.refuse(context, "Must be at most " + max.toPlainString() + ".");
            }
            return amount.scale() <= 2 || Report.refuse(context, "Give at most two decimal places (cents).");
        }
    }
}
