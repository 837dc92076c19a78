package org.certpath.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/**
 * An amount of money as a write body gives it: the shape of {@link Money}, with both parts required, since an
 * unknown amount is written as {@code null} for the whole object. Every amount this data holds is in US
 * dollars, so that is the one currency accepted.
 */
public record MoneyInput(@NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                         @NotNull @Pattern(regexp = "USD", message = "must be USD, the currency of every amount in this data")
                         String currency) {

    public static final String CURRENCY = "USD";

    /** The written form of a stored amount; {@code null} stays unknown. */
    public static MoneyInput of(BigDecimal amount) {
        return amount == null ? null : new MoneyInput(amount, CURRENCY);
    }

    /** The amount to store; {@code null} when the whole object is absent. */
    public static BigDecimal amountOf(MoneyInput money) {
        return money == null ? null : money.amount();
    }
}
