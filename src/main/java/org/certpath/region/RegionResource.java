package org.certpath.region;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.Items;
import org.certpath.api.ListParams;
import org.certpath.api.Problems;
import org.certpath.curation.CollectionPages;
import org.certpath.provenance.RecordSourceRepository;
import org.jboss.resteasy.reactive.RestResponse;


@Path("/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    static final String RECORD_TYPE = "region";

    private final RegionRepository regions;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;

    public RegionResource(RegionRepository regions, RecordSourceRepository sources, CollectionPages pages) {
        this.regions = regions;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam RegionParameters parameters, @Context UriInfo uri) {
        ListParams<Region> params = parameters.params();
        return pages.of(uri, params, regions.list(parameters.kinds(), parameters.keyword(), params),
                RECORD_TYPE, r -> r.id, RegionView::from, RegionView.class);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<RegionView> get(@PathParam("code") String code) {
        Region region = regions.findByCode(code).orElseThrow(() -> Problems.notFound("region", code));
        return Items.ok(RegionView.from(region, sources.sourcesOf(RECORD_TYPE, region.id)), region.version, region.updatedAt);
    }
}
