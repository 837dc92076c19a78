package org.certpath.salary;

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

/** The salaries as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/salaries.csv")
@Produces("text/csv")
public class SalaryExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends SalaryListParameters {
    }

    private final SalaryRepository salaries;
    private final OccupationRepository occupations;
    private final RegionRepository regions;
    private final CollectionExports exports;

    public SalaryExportResource(SalaryRepository salaries, OccupationRepository occupations,
                                RegionRepository regions, CollectionExports exports) {
        this.salaries = salaries;
        this.occupations = occupations;
        this.regions = regions;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        parameters.unknownCodes(occupations, regions).orFail();
        ListParams<SalaryView> params = parameters.params();
        return exports.csv("salaries", params.fields(), salaries.export(parameters.criteria(parameters.occupations()), params),
                SalaryResource.RECORD_TYPE, SalaryView::id, SalaryView::withSources, SalaryView.class);
    }
}
