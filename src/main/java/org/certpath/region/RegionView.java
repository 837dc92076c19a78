package org.certpath.region;

import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.List;

/** A region; {@code states} are the USPS codes of the states a metro area spans (empty for the other kinds). */
public record RegionView(String code, String fipsCode, String name, String kind, List<String> states,
                         OffsetDateTime updatedAt, List<SourceView> sources) {

    public static RegionView from(Region region, List<SourceView> sources) {
        return new RegionView(region.code, region.fipsCode, region.name, region.kind, List.of(region.states),
                region.updatedAt, sources);
    }
}
