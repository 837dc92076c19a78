package org.certpath.organization;

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
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.provenance.RecordSourceRepository;
import org.jboss.resteasy.reactive.RestResponse;


@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource extends CuratedResource<Organization, OrganizationInput> {

    public static final String RECORD_TYPE = "organization";

    private final OrganizationRepository organizations;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;

    public OrganizationResource(OrganizationRepository organizations, RecordSourceRepository sources,
                                CollectionPages pages, Curator curator,
                                OrganizationCuration curation) {
        super(curator, curation);
        this.organizations = organizations;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam OrganizationParameters parameters, @Context UriInfo uri) {
        ListParams<Organization> params = parameters.params();
        return pages.of(uri, params, organizations.list(parameters.keyword(), params), RECORD_TYPE,
                o -> o.id, OrganizationView::from, OrganizationView.class);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<OrganizationView> get(@PathParam("slug") String slug) {
        Organization organization = organizations.findBySlug(slug)
                .orElseThrow(() -> Problems.notFound("organization", slug));
        return Items.ok(OrganizationView.from(organization, sources.sourcesOf(RECORD_TYPE, organization.id)), organization.version, organization.updatedAt);
    }
}
