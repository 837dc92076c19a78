package org.certpath.region;

import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.List;

public record RegionView(String code, String fipsCode, String name, String kind, OffsetDateTime updatedAt,
                         List<SourceView> sources) {

    public static RegionView from(Region region, List<SourceView> sources) {
        return new RegionView(region.code, region.fipsCode, region.name, region.kind, region.updatedAt, sources);
    }
}
