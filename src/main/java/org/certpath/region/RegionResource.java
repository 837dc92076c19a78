package org.certpath.region;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.Problems;
import org.certpath.api.QueryParameters;
import org.certpath.api.Representation;
import org.certpath.api.Versioned;
import org.certpath.provenance.RecordSourceRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/v1/regions")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class RegionResource {

    static final String RECORD_TYPE = "region";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(), Stream.of("kind", "q")).toList();

    private final RegionRepository regions;
    private final RecordSourceRepository sources;
    private final ListResponses responses;

    public RegionResource(RegionRepository regions, RecordSourceRepository sources, ListResponses responses) {
        this.regions = regions;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        List<String> kinds = query.enumList("kind", new HashSet<>(RegionRepository.KINDS));
        Optional<String> keyword = query.string("q");
        ListParams<Region> params = ListParams.read(query, RegionRepository.SORTING,
                Representation.fieldNames(RegionView.class));
        query.validate();
        return responses.of(uri, headers, params, regions.list(kinds, keyword, params), RECORD_TYPE, r -> r.id,
                RegionView::from, RegionView.class);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<RegionView> get(@PathParam("code") String code, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Region region = regions.findByCode(code).orElseThrow(() -> Problems.notFound("region", code));
        return Versioned.of(RegionView.from(region, sources.sourcesOf(RECORD_TYPE, region.id)), region);
    }
}
