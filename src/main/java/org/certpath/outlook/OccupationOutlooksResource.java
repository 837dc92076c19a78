package org.certpath.outlook;

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

/** The outlooks of one occupation: the outlook list with its occupation fixed by the path. */
@Path("/v1/occupations/{soc}/outlooks")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationOutlooksResource {

    private final OccupationRepository occupations;
    private final OutlookRepository outlooks;
    private final CollectionPages pages;
    private final RegionRepository regions;

    public OccupationOutlooksResource(OccupationRepository occupations, OutlookRepository outlooks, CollectionPages pages,
                                      RegionRepository regions) {
        this.occupations = occupations;
        this.outlooks = outlooks;
        this.pages = pages;
        this.regions = regions;
    }

    @GET
    public Response list(@PathParam("soc") String soc, @Valid @BeanParam OutlookParameters parameters,
                         @Context UriInfo uri) {
        Occupation occupation = occupations.findBySoc(soc).orElseThrow(() -> Problems.notFound("occupation", soc));
        parameters.unknownCodes(regions).orFail();
        ListParams<Outlook> params = parameters.params();
        return pages.of(uri, params, outlooks.list(parameters.criteria(List.of(occupation.socCode)), params),
                OutlookResource.RECORD_TYPE, item -> item.id, OutlookView::from, OutlookView.class);
    }
}
