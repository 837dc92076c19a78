package org.certpath.certification;

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
import org.certpath.organization.OrganizationRepository;
import org.certpath.provenance.RecordSourceRepository;
import org.jboss.resteasy.reactive.RestResponse;



@Path("/v1/certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource extends CuratedResource<Certification, CertificationInput> {

    public static final String RECORD_TYPE = "certification";

    private final CertificationRepository certifications;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;
    private final OrganizationRepository organizations;

    public CertificationResource(CertificationRepository certifications, RecordSourceRepository sources,
                                 CollectionPages pages, OrganizationRepository organizations, Curator curator,
                                 CertificationCuration curation) {
        super(curator, curation);
        this.organizations = organizations;
        this.certifications = certifications;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam CertificationParameters parameters, @Context UriInfo uri) {
        parameters.unknownCodes(organizations).orFail();
        ListParams<Certification> params = parameters.params();
        return pages.of(uri, params, certifications.list(parameters.criteria(), params), RECORD_TYPE,
                c -> c.id, CertificationView::from, CertificationView.class);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<CertificationView> get(@PathParam("code") String code) {
        Certification certification = find(code);
        return Items.ok(CertificationView.from(certification, sources.sourcesOf(RECORD_TYPE, certification.id)), certification.version, certification.updatedAt);
    }

    private Certification find(String code) {
        if (!code.matches(Certification.CODE)) {
            throw Problems.notFound("certification", code);
        }
        return certifications.findByCode(code).orElseThrow(() -> Problems.notFound("certification", code));
    }
}
