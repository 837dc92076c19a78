package org.certpath.salary;

import org.certpath.api.Sorting;
import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.Amount;
import org.certpath.api.parameters.ListParameters;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.occupation.OccupationFilters;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The filters of a list of salaries whose occupation the path fixes, with the list parameters. */
public class SalaryParameters extends ListParameters<SalaryView> {

    @RestQuery
    @Matches(regexp = OccupationFilters.REGION, expected = OccupationFilters.REGION_EXPECTED)
    List<String> region;

    @RestQuery
    @Matches(regexp = "\\d{4}-(0[1-9]|1[0-2])", expected = "an OEWS edition such as 2024-05")
    List<String> edition;

    @RestQuery
    @Amount
    String minAnnualMedian;

    @RestQuery
    @Amount
    String maxAnnualMedian;

    @Override
    protected Sorting<SalaryView> sorting() {
        return SalaryRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return SalaryView.class;
    }

    /** The regions of the filter that name no region of this API. */
    UnknownCodes unknownCodes(RegionRepository regions) {
        return new UnknownCodes().check("region", Values.upper(region), codes -> regions.existingCodes(codes, false), "a region",
                "/v1/regions");
    }

    SalaryRepository.Query criteria(List<String> occupations) {
        return new SalaryRepository.Query(occupations, Values.upper(region), Values.items(edition),
                Values.amount(minAnnualMedian), Values.amount(maxAnnualMedian));
    }
}
