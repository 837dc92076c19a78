package org.certpath.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures read as the sources publish them, whatever scale and representation the database gave them. */
class PlainFiguresTest {

    @ParameterizedTest
    @CsvSource({
            "50250.00, 50250", "26.91, 26.91", "26.910, 26.91", "5.025E+4, 50250", "1E+3, 1000", "1200, 1200",
            "0.00, 0", "0, 0", "-12.50, -12.5", "0.05, 0.05", "99999999999999.99, 99999999999999.99",
            "12345678901234567890.10, 12345678901234567890.1", "123456789012345678900.000, 123456789012345678900"})
    void shouldDropTrailingZerosAndNeverWriteAnExponent(String stored, String served) {
        assertEquals(served, PlainFigures.of(new BigDecimal(stored)));
    }

    /** The text is the stripped figure's, which JSON writes, for compact and inflated values alike. */
    @Test
    void shouldReadEveryFigureAsTheStrippedPlainValue() {
        Random random = new Random(20261201);
        for (int run = 0; run < 200_000; run++) {
            BigInteger unscaled = switch (random.nextInt(4)) {
                case 0 -> BigInteger.valueOf(random.nextInt(1_000_000) * 100L);
                case 1 -> BigInteger.valueOf(random.nextLong());
                case 2 -> BigInteger.valueOf(random.nextInt(10) * (long) Math.pow(10, random.nextInt(19)));
                default -> new BigInteger(random.nextInt(130) + 1, random).multiply(BigInteger.TEN.pow(random.nextInt(6)));
            };
            BigDecimal figure = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(16) - 4);
            assertEquals(PlainFigures.stripped(figure).toPlainString(), PlainFigures.of(figure), figure.toString());
        }
    }
}
