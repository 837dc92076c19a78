package org.certpath.salary;

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
import org.certpath.occupation.OccupationRepository;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestResponse;


@Path("/v1/salaries")
@Produces(MediaType.APPLICATION_JSON)
public class SalaryResource extends CuratedResource<Salary, SalaryInput> {

    public static final String RECORD_TYPE = "salary";

    private final SalaryRepository salaries;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;
    private final OccupationRepository occupations;
    private final RegionRepository regions;

    public SalaryResource(SalaryRepository salaries, RecordSourceRepository sources, CollectionPages pages,
                          OccupationRepository occupations, RegionRepository regions, Curator curator,
                          SalaryCuration curation) {
        super(curator, curation);
        this.occupations = occupations;
        this.regions = regions;
        this.salaries = salaries;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam SalaryListParameters parameters, @Context UriInfo uri) {
        parameters.unknownCodes(occupations, regions).orFail();
        ListParams<SalaryView> params = parameters.params();
        return pages.of(uri, params, salaries.list(parameters.criteria(parameters.occupations()), params),
                RECORD_TYPE, SalaryView::id, SalaryView::withSources, SalaryView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<SalaryView> get(@PathParam("id") String id) {
        Salary salary = salaries.findById(id).orElseThrow(() -> Problems.notFound("salary", id));
        return Items.ok(SalaryView.from(salary, sources.sourcesOf(RECORD_TYPE, salary.id)), salary.version, salary.updatedAt);
    }
}
