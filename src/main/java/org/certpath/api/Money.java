package org.certpath.api;

import java.math.BigDecimal;

/** An amount of money; absent (null) when the sources do not give it, never zero. */
public record Money(BigDecimal amount, String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
