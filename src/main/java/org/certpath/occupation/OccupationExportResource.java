package org.certpath.occupation;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.curation.CollectionExports;

import java.util.List;

/** The occupations as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/occupations.csv")
@Produces("text/csv")
public class OccupationExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends OccupationParameters {
    }

    private final OccupationRepository occupations;
    private final CollectionExports exports;

    public OccupationExportResource(OccupationRepository occupations, CollectionExports exports) {
        this.occupations = occupations;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        ListParams<Occupation> params = parameters.params();
        return exports.csv("occupations", params, page -> occupations.list(parameters.keyword(), page),
                OccupationResource.RECORD_TYPE, o -> o.id,
                // A handful of occupations: one look-up of its credentials each costs less than a page-wide one.
                (o, sources) -> OccupationView.from(o, sources,
                        occupations.credentialsOf(List.of(o.id)).getOrDefault(o.id, List.of())),
                OccupationView.class);
    }
}
