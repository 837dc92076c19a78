package org.certpath.pathway;

import jakarta.validation.constraints.NotNull;
import org.certpath.api.Sorting;
import org.certpath.api.parameters.Amount;
import org.certpath.api.parameters.Bool;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.PageParameters;
import org.certpath.api.parameters.Report;
import org.certpath.api.parameters.Values;
import org.certpath.api.parameters.WholeNumber;
import org.certpath.certification.Certification;
import org.certpath.occupation.OccupationFilters;
import org.certpath.program.DeliveryMode;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a pathways request takes: the credential, where, the reader's baseline, how routes are priced and
 * compared, which routes to keep, and paging.
 */
public class PathwayParameters extends PageParameters<PathwayList.Pathway> {

    /** A real rate above 20 % a year describes no saver's choice; it would only hide every gain. */
    static final BigDecimal MAX_DISCOUNT_RATE = new BigDecimal("0.2");
    private static final String RATE = "0?\\.\\d{1,4}|0";

    @RestQuery
    @NotNull(message = "Required: the code of one certification, such as rhit.")
    @Matches(regexp = Certification.CODE, expected = "a certification code such as rhit")
    String certification;

    @RestQuery
    @Matches(regexp = OccupationFilters.REGION, expected = OccupationFilters.REGION_EXPECTED)
    String region;

    @RestQuery
    @Amount
    String currentSalary;

    @RestQuery
    @Matches(regexp = OccupationFilters.SOC, expected = OccupationFilters.SOC_EXPECTED)
    String currentOccupation;

    @RestQuery
    @Bool
    String member;

    @RestQuery
    @Bool
    String whileWorking;

    @RestQuery
    @WholeNumber(min = 1, max = PaybackModel.MAX_HORIZON_YEARS)
    String horizonYears;

    @RestQuery
    @Matches(regexp = RATE, expected = "a rate from 0 to 0.2 with at most 4 decimals, such as 0.03")
    String discountRate;

    @RestQuery
    @OneOf(DeliveryMode.class)
    List<String> deliveryMode;

    @RestQuery
    @Amount
    String maxTotalCost;

    @RestQuery
    @WholeNumber(min = 0, max = 240)
    String maxMonthsToCredential;

    @Override
    protected Sorting<PathwayList.Pathway> sorting() {
        return PathwayService.SORTING;
    }

    @Override
    protected void check(Report report) {
        super.check(report);
        if (discount().filter(rate -> rate.compareTo(MAX_DISCOUNT_RATE) > 0).isPresent()) {
            report.invalid("discountRate", "Must be at most " + MAX_DISCOUNT_RATE + ".");
        }
        if (currentSalary != null && currentOccupation != null) {
            report.invalid("currentOccupation", "Give currentSalary or currentOccupation, not both: the salary "
                    + "given is the baseline, and an occupation's median would answer another question.");
        }
    }

    String certificationCode() {
        return certification.trim().toLowerCase(Locale.ROOT);
    }

    Optional<String> regionCode() {
        return Values.text(region).map(code -> code.toUpperCase(Locale.ROOT));
    }

    Optional<BigDecimal> currentSalary() {
        return Values.amount(currentSalary);
    }

    Optional<String> currentOccupation() {
        return Values.text(currentOccupation);
    }

    PaybackInput.Settings settings() {
        return new PaybackInput.Settings(Values.integer(horizonYears).orElse(null), discount().orElse(null),
                Values.bool(whileWorking).orElse(null), Values.bool(member)
                .map(isMember -> isMember ? PaybackInput.ExamRate.MEMBER : PaybackInput.ExamRate.NON_MEMBER)
                .orElse(null));
    }

    List<String> modes() {
        return Values.lower(deliveryMode);
    }

    Optional<BigDecimal> maxCost() {
        return Values.amount(maxTotalCost);
    }

    Optional<Integer> maxMonths() {
        return Values.integer(maxMonthsToCredential);
    }

    private Optional<BigDecimal> discount() {
        return Values.text(discountRate).filter(rate -> rate.matches(RATE)).map(BigDecimal::new);
    }
}
