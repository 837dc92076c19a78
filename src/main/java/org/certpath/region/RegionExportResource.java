package org.certpath.region;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.curation.CollectionExports;

/** The regions as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/regions.csv")
@Produces("text/csv")
public class RegionExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends RegionParameters {
    }

    private final RegionRepository regions;
    private final CollectionExports exports;

    public RegionExportResource(RegionRepository regions, CollectionExports exports) {
        this.regions = regions;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        ListParams<Region> params = parameters.params();
        return exports.csv("regions", params, page -> regions.list(parameters.kinds(), parameters.keyword(), page),
                RegionResource.RECORD_TYPE, r -> r.id, RegionView::from, RegionView.class);
    }
}
