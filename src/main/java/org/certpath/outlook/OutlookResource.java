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


@Path("/v1/outlooks")
@Produces(MediaType.APPLICATION_JSON)
public class OutlookResource extends CuratedResource<Outlook, OutlookInput> {

    public static final String RECORD_TYPE = "outlook";

    private final OutlookRepository outlooks;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;
    private final OccupationRepository occupations;
    private final RegionRepository regions;

    public OutlookResource(OutlookRepository outlooks, RecordSourceRepository sources, CollectionPages pages,
                          OccupationRepository occupations, RegionRepository regions, Curator curator,
                           OutlookCuration curation) {
        super(curator, curation);
        this.occupations = occupations;
        this.regions = regions;
        this.outlooks = outlooks;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam OutlookListParameters parameters, @Context UriInfo uri) {
        parameters.unknownCodes(occupations, regions).orFail();
        ListParams<Outlook> params = parameters.params();
        return pages.of(uri, params, outlooks.list(parameters.criteria(parameters.occupations()), params),
                RECORD_TYPE, item -> item.id, OutlookView::from, OutlookView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<OutlookView> get(@PathParam("id") String id) {
        Outlook outlook = outlooks.findById(id).orElseThrow(() -> Problems.notFound("outlook", id));
        return Items.ok(OutlookView.from(outlook, sources.sourcesOf(RECORD_TYPE, outlook.id)), outlook.version, outlook.updatedAt);
    }
}
