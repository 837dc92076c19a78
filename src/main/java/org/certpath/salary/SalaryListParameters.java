package org.certpath.salary;

import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.occupation.OccupationFilters;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The parameters of the whole salary list, which may also filter by occupation. */
public class SalaryListParameters extends SalaryParameters {

    @RestQuery
    @Matches(regexp = OccupationFilters.SOC, expected = OccupationFilters.SOC_EXPECTED)
    List<String> soc;

    /** The SOC codes and regions of the filters that name nothing in this API. */
    UnknownCodes unknownCodes(OccupationRepository occupations, RegionRepository regions) {
        return new UnknownCodes().check("soc", Values.items(soc), occupations::existingSocs, "an occupation",
                "/v1/occupations").and(unknownCodes(regions));
    }

    List<String> occupations() {
        return Values.items(soc);
    }
}
