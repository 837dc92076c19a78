package org.certpath.api;

import java.math.BigDecimal;

/** A figure as the sources publish it: 50250 rather than 50250.00 or 5.025E+4, and 26.91 as 26.91. */
final class PlainFigures {

    /** Digits a long holds whatever they are. */
    private static final int LONG_DIGITS = 18;

    private PlainFigures() {
    }

    /** The figure's text, as {@link #stripped} reads; the common cases without the division stripping costs. */
    static String of(BigDecimal figure) {
        int scale = figure.scale();
        if (scale > 0 && figure.precision() <= LONG_DIGITS) {
            // Most figures are money to the cent: dropping a long's zeros spares stripTrailingZeros' division.
            long unscaled = figure.unscaledValue().longValue();
            while (scale > 0 && unscaled % 10 == 0) {
                unscaled /= 10;
                scale--;
            }
            return scale == 0 ? Long.toString(unscaled) : BigDecimal.valueOf(unscaled, scale).toPlainString();
        }
        return scale == 0 ? figure.toPlainString() : stripped(figure).toPlainString();
    }

    /** The figure without trailing zeros after the point and with no negative scale, for JSON to write as it is. */
    static BigDecimal stripped(BigDecimal figure) {
        BigDecimal stripped = figure.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
