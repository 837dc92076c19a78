package org.certpath.api.parameters;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the checks that span several parameters of a {@link QueryBean}, with the single-field constraints. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Constraint(validatedBy = Checked.Validator.class)
public @interface Checked {

    String message() default "Invalid parameters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Checked, QueryBean> {
        @Override
        public boolean isValid(QueryBean bean, ConstraintValidatorContext context) {
            Report report = new Report(context);
            bean.check(report);
            return report.valid();
        }
    }
}
