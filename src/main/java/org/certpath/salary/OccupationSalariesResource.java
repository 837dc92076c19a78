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
import org.certpath.api.ListParams;
import org.certpath.api.Problems;
import org.certpath.curation.CollectionPages;
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.RegionRepository;

import java.util.List;

/** The salaries of one occupation: the salary list with its occupation fixed by the path. */
@Path("/v1/occupations/{soc}/salaries")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationSalariesResource {

    private final OccupationRepository occupations;
    private final SalaryRepository salaries;
    private final CollectionPages pages;
    private final RegionRepository regions;

    public OccupationSalariesResource(OccupationRepository occupations, SalaryRepository salaries, CollectionPages pages,
                                      RegionRepository regions) {
        this.occupations = occupations;
        this.salaries = salaries;
        this.pages = pages;
        this.regions = regions;
    }

    @GET
    public Response list(@PathParam("soc") String soc, @Valid @BeanParam SalaryParameters parameters,
                         @Context UriInfo uri) {
        Occupation occupation = occupations.findBySoc(soc).orElseThrow(() -> Problems.notFound("occupation", soc));
        parameters.unknownCodes(regions).orFail();
        ListParams<SalaryView> params = parameters.params();
        return pages.of(uri, params, salaries.list(parameters.criteria(List.of(occupation.socCode)), params),
                SalaryResource.RECORD_TYPE, SalaryView::id, SalaryView::withSources, SalaryView.class);
    }
}
