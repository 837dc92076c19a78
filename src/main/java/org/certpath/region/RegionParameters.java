package org.certpath.region;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.SearchParameters;
import org.certpath.api.parameters.Values;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The filters of the region list, with the list parameters. */
public class RegionParameters extends SearchParameters<Region> {

    @RestQuery
    @OneOf(RegionKind.class)
    List<String> kind;

    @Override
    protected Sorting<Region> sorting() {
        return RegionRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return RegionView.class;
    }

    List<String> kinds() {
        return Values.lower(kind);
    }
}
