package org.certpath.organization;

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
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.provenance.RecordSourceRepository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/v1/organizations")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class OrganizationResource extends CuratedResource<Organization, OrganizationInput> {

    public static final String RECORD_TYPE = "organization";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(), Stream.of("q")).toList();

    private final OrganizationRepository organizations;
    private final RecordSourceRepository sources;
    private final ListResponses responses;

    public OrganizationResource(OrganizationRepository organizations, RecordSourceRepository sources,
                                ListResponses responses, Curator curator,
                                OrganizationCuration curation) {
        super(curator, curation);
        this.organizations = organizations;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        Optional<String> keyword = query.string("q");
        ListParams<Organization> params = ListParams.read(query, OrganizationRepository.SORTING,
                Representation.fieldNames(OrganizationView.class));
        query.validate();
        return responses.of(uri, headers, params, organizations.list(keyword, params), RECORD_TYPE, o -> o.id,
                OrganizationView::from, OrganizationView.class);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<OrganizationView> get(@PathParam("slug") String slug, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Organization organization = organizations.findBySlug(slug)
                .orElseThrow(() -> Problems.notFound("organization", slug));
        return Versioned.of(OrganizationView.from(organization, sources.sourcesOf(RECORD_TYPE, organization.id)), organization);
    }
}
