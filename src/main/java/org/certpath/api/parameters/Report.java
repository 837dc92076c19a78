package org.certpath.api.parameters;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Where a check reports what is wrong with one parameter, by the parameter's name, so that the
 * problem document names it as the client wrote it.
 */
public final class Report {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Report(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    public void invalid(String parameter, String reason) {
        valid = false;
        context.buildConstraintViolationWithTemplate(literal(reason)).addPropertyNode(parameter).addConstraintViolation();
    }

    boolean valid() {
        return valid;
    }

    /** Replaces the message of a field's own constraint. */
    static boolean refuse(ConstraintValidatorContext context, String reason) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(reason)).addConstraintViolation();
        return false;
    }

    /** A reason quoting what the client sent must never be read as a message template or an expression. */
    private static String literal(String reason) {
        return reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
