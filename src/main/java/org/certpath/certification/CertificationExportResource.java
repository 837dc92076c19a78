package org.certpath.certification;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.curation.CollectionExports;
import org.certpath.organization.OrganizationRepository;

/** The certifications as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/certifications.csv")
@Produces("text/csv")
public class CertificationExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends CertificationParameters {
    }

    private final CertificationRepository certifications;
    private final OrganizationRepository organizations;
    private final CollectionExports exports;

    public CertificationExportResource(CertificationRepository certifications, OrganizationRepository organizations, CollectionExports exports) {
        this.certifications = certifications;
        this.organizations = organizations;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        parameters.unknownCodes(organizations).orFail();
        ListParams<Certification> params = parameters.params();
        return exports.csv("certifications", params, page -> certifications.list(parameters.criteria(), page),
                CertificationResource.RECORD_TYPE, c -> c.id, CertificationView::from, CertificationView.class);
    }
}
