package org.certpath.pathway;

import org.certpath.pathway.PaybackInput.Route;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * What a program's route costs in all, from the program's cost, months and whether it includes the exam, without
 * quoting the route: so that the routes of tens of thousands of programs can be ranked by cost and only the page is
 * quoted.
 *
 * <p>The model prices a program's route as the program's cost, to the cent, plus what the exam attempts, dues and
 * renewals cost, and those depend on the program only through its months and whether it includes the exam; months
 * past the horizon price as the horizon does (both checked by {@code PaybackModelPropertiesTest}). So one quote for
 * each such class of route, made the first time a program of the class is priced, prices them all, and the model
 * stays the only place that knows how.
 */
final class RoutePrices {

    private static final int CENTS = 2;

    private final int horizonMonths;
    private final Function<Route, BigDecimal> pricedCost;
    /** What each class adds to a program's cost, by months (unknown first), without and with the exam included. */
    private final BigDecimal[][] extras;
    private final boolean[][] quoted;

    /**
     * @param pricedCost the priced cost of a route ({@link PathwayService#pricedCost}), null when a part of it is not
     *                   priced
     */
    RoutePrices(int horizonMonths, Function<Route, BigDecimal> pricedCost) {
        this.horizonMonths = horizonMonths;
        this.pricedCost = pricedCost;
        this.extras = new BigDecimal[2][horizonMonths + 2];
        this.quoted = new boolean[2][horizonMonths + 2];
    }

    /** The route's priced cost, as the model quotes it; null when the program's cost or the rest is unknown. */
    BigDecimal total(BigDecimal programCost, Integer months, boolean examIncluded) {
        if (programCost == null) {
            return null;
        }
        int exam = examIncluded ? 1 : 0;
        int slot = months == null ? 0 : Math.min(months, horizonMonths) + 1;
        if (!quoted[exam][slot]) {
            extras[exam][slot] = pricedCost.apply(Route.program(BigDecimal.ZERO,
                    months == null ? null : Math.min(months, horizonMonths), examIncluded, null));
            quoted[exam][slot] = true;
        }
        BigDecimal extra = extras[exam][slot];
        return extra == null ? null : programCost.setScale(CENTS, RoundingMode.HALF_UP).add(extra);
    }
}
