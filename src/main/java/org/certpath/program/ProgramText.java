package org.certpath.program;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the project reads out of the wording of a program row (the programs CSV layout, used by
 * the reference data and by imports): hours, programmatic accreditation, credentials named.
 */
public final class ProgramText {

    private static final Pattern CLOCK_HOURS = Pattern.compile("(\\d+(?:\\.\\d+)?) clock hours");
    private static final Pattern CREDIT_HOURS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?) (?:semester credit hours|semester hours|credit hours|credits)");

    private ProgramText() {
    }

    public static BigDecimal creditHours(String hoursText) {
        return firstNumber(CREDIT_HOURS, hoursText);
    }

    public static BigDecimal clockHours(String hoursText) {
        return firstNumber(CLOCK_HOURS, hoursText);
    }

    /** Programmatic accreditation of the program itself (CAHIIM, NCRA), not state approval or institutional accreditation. */
    public static boolean isProgrammaticallyAccredited(String accreditation) {
        return accreditation != null && (accreditation.startsWith("CAHIIM-accredited")
                || accreditation.startsWith("NCRA-accredited"));
    }

    /** The programmatic accreditor the wording names (CAHIIM or NCRA), else null: unknown. */
    public static String programmaticAccreditor(String accreditation) {
        if (!isProgrammaticallyAccredited(accreditation)) {
            return null;
        }
        return accreditation.startsWith("CAHIIM") ? "CAHIIM" : "NCRA";
    }

    /** The acronyms (RHIT, CCS-P, ...) the credential wording names as whole words, in the order given. */
    public static List<String> acronymsNamedIn(String credentialText, Collection<String> acronyms) {
        if (credentialText == null) {
            return List.of();
        }
        return acronyms.stream().filter(acronym -> Pattern.compile("(?<![A-Z-])" + Pattern.quote(acronym) + "(?![A-Z-])")
                .matcher(credentialText).find()).toList();
    }

    private static BigDecimal firstNumber(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? new BigDecimal(matcher.group(1)) : null;
    }
}
