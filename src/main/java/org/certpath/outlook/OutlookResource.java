package org.certpath.outlook;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.Problems;
import org.certpath.api.QueryParameters;
import org.certpath.api.Representation;
import org.certpath.api.Versioned;
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.occupation.OccupationQueries;
import org.certpath.provenance.RecordSourceRepository;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Path("/v1/outlooks")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class OutlookResource extends CuratedResource<Outlook, OutlookInput> {

    public static final String RECORD_TYPE = "outlook";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(),
            Stream.of("occupation", "region", "period")).toList();
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{4}");

    private final OutlookRepository outlooks;
    private final RecordSourceRepository sources;
    private final ListResponses responses;

    public OutlookResource(OutlookRepository outlooks, RecordSourceRepository sources, ListResponses responses, Curator curator,
                           OutlookCuration curation) {
        super(curator, curation);
        this.outlooks = outlooks;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return list(uri, headers, List.of());
    }

    /** The outlook list, restricted to one occupation when {@code occupations} names it. */
    public Response list(UriInfo uri, HttpHeaders headers, List<String> occupations) {
        QueryParameters query = QueryParameters.forList(uri, PARAMETERS, "occupation", !occupations.isEmpty());
        List<String> socCodes = occupations.isEmpty() ? OccupationQueries.socCodes(query) : occupations;
        OutlookRepository.Query filters = new OutlookRepository.Query(socCodes, OccupationQueries.regionCodes(query),
                query.list("period", PERIOD, "a projection period such as 2024-2034"));
        ListParams<Outlook> params = ListParams.read(query, OutlookRepository.SORTING,
                Representation.fieldNames(OutlookView.class));
        query.validate();
        return responses.of(uri, headers, params, outlooks.list(filters, params), RECORD_TYPE, o -> o.id,
                OutlookView::from, OutlookView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<OutlookView> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Outlook outlook = outlooks.findById(id).orElseThrow(() -> Problems.notFound("outlook", id));
        return Versioned.of(OutlookView.from(outlook, sources.sourcesOf(RECORD_TYPE, outlook.id)), outlook);
    }
}
