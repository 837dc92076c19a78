package org.certpath.region;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.ListParameters;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.Values;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

/** The filters of the region list, with the list parameters. */
public class RegionParameters extends ListParameters<Region> {

    @RestQuery
    @OneOf(RegionKind.class)
    List<String> kind;

    @RestQuery
    @Matches(regexp = Values.KEYWORD, expected = Values.KEYWORD_EXPECTED)
    String q;

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

    Optional<String> keyword() {
        return Values.text(q);
    }
}
