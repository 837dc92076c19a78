package org.certpath.pathway;

import org.certpath.api.Filter;
import org.certpath.pathway.PaybackInput.Route;

import java.math.BigDecimal;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What the routes of a request cost beyond their programs, as a table PostgreSQL joins to every program, so that it
 * orders and cuts the routes by total cost where the service would otherwise quote each of tens of thousands.
 *
 * <p>The model prices a program's route as the program's cost plus what the exam attempts, dues and renewals cost,
 * and those depend on the program only through its months and whether it includes the exam; months past the horizon
 * price as the horizon does (both checked by {@code PaybackModelPropertiesTest}). So one quote for each class of
 * route (months unknown or 0 to the horizon, exam included or not) prices every program, and the model stays the
 * only place that knows how.
 */
final class RoutePrices {

    /** The classes as a table {@code rc}, each program {@code p} joined to the one of its months and exam. */
    static final String JOIN = "join unnest(cast(:routeMonths as int[]), cast(:routeExamIncluded as boolean[]), "
            + "cast(:routeExtra as numeric[])) as rc(months, exam_fee_included, extra) "
            + "on rc.months = coalesce(least(p.duration_months, :routeHorizon), " + RoutePrices.UNKNOWN_MONTHS + ") "
            + "and rc.exam_fee_included = coalesce(p.exam_fee_included, false)";
    /** A route's priced cost ({@link PathwayService#pricedCost}) in SQL: unknown when the program or the rest is. */
    static final String TOTAL_COST = "(round(p.cost, 2) + rc.extra)";
    private static final int UNKNOWN_MONTHS = -1;

    private RoutePrices() {
    }

    /**
     * The table's parameters for {@link #JOIN}: for each class, {@code pricedCost} of its route at a program cost of
     * zero, which is what the class adds to a program's cost.
     */
    static Filter of(int horizonMonths, Function<Route, BigDecimal> pricedCost) {
        StringJoiner months = new StringJoiner(",", "{", "}");
        StringJoiner included = new StringJoiner(",", "{", "}");
        StringJoiner extras = new StringJoiner(",", "{", "}");
        for (boolean examIncluded : new boolean[] {false, true}) {
            for (int month = UNKNOWN_MONTHS; month <= horizonMonths; month++) {
                BigDecimal extra = pricedCost.apply(Route.program(BigDecimal.ZERO,
                        month == UNKNOWN_MONTHS ? null : month, examIncluded, null));
                months.add(String.valueOf(month));
                included.add(String.valueOf(examIncluded));
                extras.add(extra == null ? "NULL" : extra.toPlainString());
            }
        }
        Filter table = new Filter();
        table.parameters().put("routeMonths", months.toString());
        table.parameters().put("routeExamIncluded", included.toString());
        table.parameters().put("routeExtra", extras.toString());
        table.parameters().put("routeHorizon", horizonMonths);
        return table;
    }
}
