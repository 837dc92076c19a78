package org.certpath.organization;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.curation.CollectionExports;

/** The organizations as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/organizations.csv")
@Produces("text/csv")
public class OrganizationExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends OrganizationParameters {
    }

    private final OrganizationRepository organizations;
    private final CollectionExports exports;

    public OrganizationExportResource(OrganizationRepository organizations, CollectionExports exports) {
        this.organizations = organizations;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        ListParams<Organization> params = parameters.params();
        return exports.csv("organizations", params, page -> organizations.list(parameters.keyword(), page),
                OrganizationResource.RECORD_TYPE, o -> o.id, OrganizationView::from, OrganizationView.class);
    }
}
