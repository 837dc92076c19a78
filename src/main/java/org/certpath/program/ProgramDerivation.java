package org.certpath.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a program's duration or cost is derived when its page gives credits, hours or weeks and a
 * per-credit tuition instead of a published figure. A published figure always wins; a derived one
 * names its method and inputs. The full-time loads are this project's convention, named in every
 * derived value: 15 semester credits per 4-month semester and 15 quarter credits per 3-month quarter
 * (the load that finishes a 60-semester-credit associate degree in two academic years), 30 clock
 * hours a week, and 4.33 weeks a month (52 weeks / 12 months). A length a source publishes only as a range
 * ("3-5 months", "4-6 semesters") is served as its longest end, so that a filter on months never takes in a
 * program that may run longer than asked.
 */
public final class ProgramDerivation {

    public static final BigDecimal CREDITS_PER_TERM = new BigDecimal(15);
    public static final BigDecimal SEMESTER_MONTHS = new BigDecimal(4);
    public static final BigDecimal QUARTER_MONTHS = new BigDecimal(3);
    public static final BigDecimal CLOCK_HOURS_PER_WEEK = new BigDecimal(30);
    public static final BigDecimal WEEKS_PER_MONTH = new BigDecimal("4.33");

    public static final String SEMESTER_METHOD = "semester credits at a full-time load of 15 credits per 4-month semester";
    public static final String QUARTER_METHOD = "quarter credits at a full-time load of 15 credits per 3-month quarter";
    public static final String CLOCK_METHOD = "clock hours at 30 hours a week and 4.33 weeks a month";
    public static final String WEEKS_METHOD = "published length in weeks at 4.33 weeks a month";
    public static final String RANGE_METHOD =
            "the longest of a published range of lengths, at 4.33 weeks a month and 4 months a semester";
    public static final String SEMESTERS_METHOD = "published length in semesters at 4 months a semester";
    public static final String COST_RULE = "credits x per-credit tuition";
    public static final String ANNUAL_COST_RULE = "academic years at full time x a year's full-time tuition";
    /** A full-time academic year: two 15-credit semesters or three 15-credit quarters. */
    public static final BigDecimal SEMESTER_CREDITS_A_YEAR = new BigDecimal(30);
    public static final BigDecimal QUARTER_CREDITS_A_YEAR = new BigDecimal(45);

    /** A published length as a range: "4-11 weeks", "3-5 months", "13 months to 2 years", "4-6 semesters". */
    private static final Pattern PUBLISHED_RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(weeks?|months?|years?|semesters?)?"
            + "\\s*(?:-|to)\\s*(\\d+(?:\\.\\d+)?)\\s*(weeks?|months?|years?|semesters?)");

    /**
     * A published length counted in semesters: "over four semesters", "three semesters", "a four-semester program"; at
     * most two digits, so that a year ("the fall 2022 semester") is no count.
     */
    private static final Pattern PUBLISHED_SEMESTERS = Pattern.compile(
            "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight)[ -]semesters?\\b");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight");

    /** The hours a week has: weeks that would need more of a program's clock hours than that cannot hold them. */
    private static final BigDecimal HOURS_A_WEEK = new BigDecimal(168);
    private static final BigDecimal FEWEST_HOURS_A_WEEK = new BigDecimal(2);

    /** The award levels (the API's names) of degrees, which are counted in credits. */
    private static final Set<String> DEGREES = Set.of("associate", "bachelor");

    /** The unit a credit count is in, as the reference data names it. */
    public enum Unit { SEMESTER_CREDITS, QUARTER_CREDITS, CLOCK_HOURS }

    /** A derived figure: its value, the method and the inputs it rests on. */
    public record Derived<T>(T value, String method, String inputs) {
    }

    private ProgramDerivation() {
    }

    /** Whole months (half up, at least one) of a program of this many credits or hours at the full-time load. */
    public static Optional<Derived<Integer>> months(BigDecimal amount, Unit unit, String asOf) {
        if (amount == null || unit == null || amount.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal months = switch (unit) {
            case SEMESTER_CREDITS -> amount.multiply(SEMESTER_MONTHS).divide(CREDITS_PER_TERM, 4, RoundingMode.HALF_UP);
            case QUARTER_CREDITS -> amount.multiply(QUARTER_MONTHS).divide(CREDITS_PER_TERM, 4, RoundingMode.HALF_UP);
            case CLOCK_HOURS -> amount.divide(CLOCK_HOURS_PER_WEEK.multiply(WEEKS_PER_MONTH), 4, RoundingMode.HALF_UP);
        };
        String method = switch (unit) {
            case SEMESTER_CREDITS -> SEMESTER_METHOD;
            case QUARTER_CREDITS -> QUARTER_METHOD;
            case CLOCK_HOURS -> CLOCK_METHOD;
        };
        String unitName = unit.name().toLowerCase().replace('_', ' ');
        return Optional.of(new Derived<>(wholeMonths(months), method,
                amount.stripTrailingZeros().toPlainString() + " " + unitName + suffix(asOf)));
    }

    /**
     * {@link #months} where the credits or hours measure the program's length: a degree is counted in credits, and the
     * contact hours a listing gives for one (the Texas ETPL's) are not its length at a clock-hour program's load.
     */
    public static Optional<Derived<Integer>> monthsOf(BigDecimal amount, Unit unit, String awardLevel, String asOf) {
        if (unit == Unit.CLOCK_HOURS && awardLevel != null && DEGREES.contains(awardLevel)) {
            return Optional.empty();
        }
        return months(amount, unit, asOf);
    }

    /**
     * Whether a listing's published weeks can hold its clock hours; where they cannot (784 hours in one week), the weeks
     * are the listing's error and the hours give the program's length.
     */
    public static boolean weeksHoldHours(BigDecimal weeks, BigDecimal clockHours) {
        return weeks == null || clockHours == null || weeks.signum() <= 0
                || clockHours.compareTo(weeks.multiply(HOURS_A_WEEK)) <= 0;
    }

    /**
     * Whether a listing's contact hours can be the hours of its published weeks: under {@link #FEWEST_HOURS_A_WEEK} a
     * week (an associate degree's 60 over 80 weeks, a certificate's 34 over 32) is less than one evening class, so the
     * figure counts something else, most likely credits.
     */
    public static boolean hoursFillWeeks(BigDecimal weeks, BigDecimal clockHours) {
        return weeks == null || clockHours == null || clockHours.compareTo(weeks.multiply(FEWEST_HOURS_A_WEEK)) >= 0;
    }

    /** Whole months (half up, at least one) of a published length in weeks. */
    public static Optional<Derived<Integer>> monthsOfWeeks(BigDecimal weeks, String asOf) {
        if (weeks == null || weeks.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Derived<>(wholeMonths(weeks.divide(WEEKS_PER_MONTH, 4, RoundingMode.HALF_UP)),
                WEEKS_METHOD, weeks.stripTrailingZeros().toPlainString() + " weeks" + suffix(asOf)));
    }

    /** Credits times a per-credit tuition, to the cent, with the residency the rate is for. */
    public static Optional<Derived<BigDecimal>> cost(BigDecimal credits, Unit unit, BigDecimal ratePerCredit,
                                                     String residency, String rateAsOf) {
        if (credits == null || ratePerCredit == null || credits.signum() <= 0 || ratePerCredit.signum() <= 0) {
            return Optional.empty();
        }
        String unitName = unit == null || unit == Unit.CLOCK_HOURS ? "credits" : unit.name().toLowerCase().replace('_', ' ');
        return Optional.of(new Derived<>(credits.multiply(ratePerCredit).setScale(2, RoundingMode.HALF_UP),
                COST_RULE,
                credits.stripTrailingZeros().toPlainString() + " " + unitName + " x $"
                        + ratePerCredit.stripTrailingZeros().toPlainString()
                        + (residency == null ? "" : " " + residency) + suffix(rateAsOf)));
    }

    /** Whole months (half up, at least one) of the longest end of a length the text publishes as a range. */
    public static Optional<Derived<Integer>> monthsOfPublishedRange(String durationText) {
        if (durationText == null) {
            return Optional.empty();
        }
        Matcher range = PUBLISHED_RANGE.matcher(durationText.toLowerCase(Locale.ROOT));
        if (!range.find()) {
            return Optional.empty();
        }
        double longest = inMonths(Double.parseDouble(range.group(3)), range.group(4));
        return Optional.of(new Derived<>(wholeMonths(BigDecimal.valueOf(longest)), RANGE_METHOD, range.group()));
    }

    /**
     * Whole months of a length the text publishes as a number of semesters, at {@link #SEMESTER_MONTHS} a semester;
     * nothing where the text gives a range (the range's rule takes it) or no count of semesters.
     */
    public static Optional<Derived<Integer>> monthsOfPublishedSemesters(String durationText) {
        if (durationText == null) {
            return Optional.empty();
        }
        String text = durationText.toLowerCase(Locale.ROOT);
        Matcher semesters = PUBLISHED_SEMESTERS.matcher(text);
        if (PUBLISHED_RANGE.matcher(text).find() || !semesters.find()) {
            return Optional.empty();
        }
        String count = semesters.group(1);
        int number = NUMBER_WORDS.contains(count) ? NUMBER_WORDS.indexOf(count) + 1 : Integer.parseInt(count);
        return Optional.of(new Derived<>(wholeMonths(BigDecimal.valueOf(inMonths(number, "semesters"))), SEMESTERS_METHOD,
                semesters.group()));
    }

    /** The rule a derived cost names: the one stored, or credits x a per-credit tuition, the only rule before it was. */
    public static String costRule(String stored) {
        return stored == null ? COST_RULE : stored;
    }

    /**
     * A year's full-time tuition times the academic years of the program at full time, to the cent: for an institution
     * that charges full-time students a flat amount, where credits x its part-time rate would overstate. The years are
     * the page's (a "two-year program"), or the credits at a full-time year's load; the inputs say which.
     */
    public static Optional<Derived<BigDecimal>> costOfYears(BigDecimal publishedYears, String publishedLength,
                                                            BigDecimal credits, Unit unit, BigDecimal yearlyTuition,
                                                            String residency, String tuitionAsOf) {
        if (yearlyTuition == null || yearlyTuition.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal years;
        String length;
        if (publishedYears != null && publishedYears.signum() > 0) {
            years = publishedYears;
            length = years.stripTrailingZeros().toPlainString() + " academic years ('" + publishedLength + "')";
        } else if (credits != null && credits.signum() > 0
                && (unit == Unit.SEMESTER_CREDITS || unit == Unit.QUARTER_CREDITS)) {
            BigDecimal aYear = unit == Unit.SEMESTER_CREDITS ? SEMESTER_CREDITS_A_YEAR : QUARTER_CREDITS_A_YEAR;
            years = credits.divide(aYear, 6, RoundingMode.HALF_UP);
            length = credits.stripTrailingZeros().toPlainString() + " " + unit.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " at " + aYear + " a full-time year";
        } else {
            return Optional.empty();
        }
        return Optional.of(new Derived<>(years.multiply(yearlyTuition).setScale(2, RoundingMode.HALF_UP), ANNUAL_COST_RULE,
                length + " x $" + yearlyTuition.stripTrailingZeros().toPlainString() + " a year"
                        + (residency == null ? "" : " " + residency) + suffix(tuitionAsOf)));
    }

    /**
     * Whether a derived number of whole months agrees with the length a source publishes as a range
     * (within half a month of it, the rounding of a derived value); true when the text gives no range.
     * A derived value outside the published range is not served: the program is not run at the
     * full-time load the derivation assumes.
     */
    public static boolean agreesWithPublishedLength(int months, String durationText) {
        if (durationText == null) {
            return true;
        }
        Matcher range = PUBLISHED_RANGE.matcher(durationText.toLowerCase(Locale.ROOT));
        if (!range.find()) {
            return true;
        }
        String upperUnit = range.group(4);
        String lowerUnit = range.group(2) == null ? upperUnit : range.group(2);
        double lower = inMonths(Double.parseDouble(range.group(1)), lowerUnit);
        double upper = inMonths(Double.parseDouble(range.group(3)), upperUnit);
        return months >= lower - 0.5 && months <= upper + 0.5;
    }

    private static double inMonths(double amount, String unit) {
        return unit.startsWith("week") ? amount / WEEKS_PER_MONTH.doubleValue()
                : unit.startsWith("year") ? amount * 12
                : unit.startsWith("semester") ? amount * SEMESTER_MONTHS.doubleValue() : amount;
    }

    private static int wholeMonths(BigDecimal months) {
        return Math.max(1, months.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    private static String suffix(String asOf) {
        return asOf == null ? "" : " (" + asOf + ")";
    }
}
