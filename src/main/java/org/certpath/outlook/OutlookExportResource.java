package org.certpath.outlook;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.curation.CollectionExports;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.RegionRepository;

/** The outlooks as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/outlooks.csv")
@Produces("text/csv")
public class OutlookExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends OutlookListParameters {
    }

    private final OutlookRepository outlooks;
    private final OccupationRepository occupations;
    private final RegionRepository regions;
    private final CollectionExports exports;

    public OutlookExportResource(OutlookRepository outlooks, OccupationRepository occupations,
                                 RegionRepository regions, CollectionExports exports) {
        this.outlooks = outlooks;
        this.occupations = occupations;
        this.regions = regions;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        parameters.unknownCodes(occupations, regions).orFail();
        ListParams<Outlook> params = parameters.params();
        return exports.csv("outlooks", params, page -> outlooks.list(parameters.criteria(parameters.occupations()), page),
                OutlookResource.RECORD_TYPE, item -> item.id, OutlookView::from, OutlookView.class);
    }
}
