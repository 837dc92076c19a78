package org.certpath.outlook;

import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.occupation.OccupationFilters;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The parameters of the whole outlook list, which may also filter by occupation. */
public class OutlookListParameters extends OutlookParameters {

    @RestQuery
    @Matches(regexp = OccupationFilters.SOC, expected = OccupationFilters.SOC_EXPECTED)
    List<String> occupation;

    List<String> occupations() {
        return Values.items(occupation);
    }
}
