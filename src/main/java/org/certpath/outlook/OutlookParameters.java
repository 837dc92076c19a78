package org.certpath.outlook;

import org.certpath.api.Sorting;
import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.ListParameters;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.occupation.OccupationFilters;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The filters of a list of outlooks whose occupation the path fixes, with the list parameters. */
public class OutlookParameters extends ListParameters<Outlook> {

    @RestQuery
    @Matches(regexp = OccupationFilters.REGION, expected = OccupationFilters.REGION_EXPECTED)
    List<String> region;

    @RestQuery
    @Matches(regexp = "\\d{4}-\\d{4}", expected = "a projection period such as 2024-2034")
    List<String> period;

    @Override
    protected Sorting<Outlook> sorting() {
        return OutlookRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return OutlookView.class;
    }

    /** The regions of the filter that name no region of this API. */
    UnknownCodes unknownCodes(RegionRepository regions) {
        return new UnknownCodes().check("region", Values.upper(region), codes -> regions.existingCodes(codes, false), "a region",
                "/v1/regions");
    }

    OutlookRepository.Query criteria(List<String> occupations) {
        return new OutlookRepository.Query(occupations, Values.upper(region), Values.items(period));
    }
}
