package org.certpath.occupation;

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
import org.certpath.api.Listing;
import org.certpath.api.Problems;
import org.certpath.curation.CollectionPages;
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.occupation.OccupationView.CredentialLink;
import org.certpath.provenance.RecordSourceRepository;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Map;


@Path("/v1/occupations")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationResource extends CuratedResource<Occupation, OccupationInput> {

    public static final String RECORD_TYPE = "occupation";

    private final OccupationRepository occupations;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;

    public OccupationResource(OccupationRepository occupations, RecordSourceRepository sources,
                              CollectionPages pages, Curator curator,
                              OccupationCuration curation) {
        super(curator, curation);
        this.occupations = occupations;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam OccupationParameters parameters, @Context UriInfo uri) {
        ListParams<Occupation> params = parameters.params();
        Listing.Slice<Occupation> slice = occupations.list(parameters.keyword(), params);
        Map<Long, List<CredentialLink>> credentials = occupations.credentialsOf(
                slice.items().stream().map(o -> o.id).toList());
        return pages.of(uri, params, slice, RECORD_TYPE, o -> o.id,
                (o, sources) -> OccupationView.from(o, sources, credentials.getOrDefault(o.id, List.of())),
                OccupationView.class);
    }

    @GET
    @Path("/{soc}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<OccupationView> get(@PathParam("soc") String soc) {
        Occupation occupation = find(soc);
        return Items.ok(OccupationView.from(occupation, sources.sourcesOf(RECORD_TYPE, occupation.id),
                occupations.credentialsOf(occupation.id)), occupation.version, occupation.updatedAt);
    }

    private Occupation find(String soc) {
        return occupations.findBySoc(soc).orElseThrow(() -> Problems.notFound("occupation", soc));
    }
}
