package org.certpath.pathway;

import jakarta.validation.constraints.NotNull;
import org.certpath.api.Sorting;
import org.certpath.api.parameters.Amount;
import org.certpath.api.parameters.Bool;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.PageParameters;
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

/** What a pathways request takes: the credential, where, how, at most what cost and time, and paging. */
public class PathwayParameters extends PageParameters<PathwayList.Pathway> {

    @RestQuery
    @NotNull(message = "Required: the code of one certification, such as rhit.")
    @Matches(regexp = Certification.CODE, expected = "a certification code such as rhit")
    String certification;

    @RestQuery
    @Matches(regexp = OccupationFilters.REGION, expected = OccupationFilters.REGION_EXPECTED)
    String region;

    @RestQuery
    @OneOf(DeliveryMode.class)
    List<String> deliveryMode;

    @RestQuery
    @Amount
    String maxTotalCost;

    @RestQuery
    @WholeNumber(min = 0, max = 240)
    String maxMonths;

    @RestQuery
    @Bool
    String member;

    @RestQuery
    @Amount
    String currentSalary;

    @Override
    protected Sorting<PathwayList.Pathway> sorting() {
        return PathwayService.SORTING;
    }

    String certificationCode() {
        return certification.trim().toLowerCase(Locale.ROOT);
    }

    Optional<String> regionCode() {
        return Values.text(region).map(code -> code.toUpperCase(Locale.ROOT));
    }

    List<String> modes() {
        return Values.lower(deliveryMode);
    }

    Optional<BigDecimal> maxCost() {
        return Values.amount(maxTotalCost);
    }

    Optional<Integer> maxMonths() {
        return Values.integer(maxMonths);
    }

    boolean member() {
        return Values.bool(member).orElse(false);
    }

    Optional<BigDecimal> currentSalary() {
        return Values.amount(currentSalary);
    }
}
