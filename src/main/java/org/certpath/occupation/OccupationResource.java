package org.certpath.occupation;

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
import org.certpath.outlook.OutlookResource;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.salary.SalaryResource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/v1/occupations")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class OccupationResource extends CuratedResource<Occupation, OccupationInput> {

    public static final String RECORD_TYPE = "occupation";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(), Stream.of("q")).toList();

    private final OccupationRepository occupations;
    private final RecordSourceRepository sources;
    private final ListResponses responses;
    private final SalaryResource salaries;
    private final OutlookResource outlooks;

    public OccupationResource(OccupationRepository occupations, RecordSourceRepository sources,
                              ListResponses responses, SalaryResource salaries, OutlookResource outlooks, Curator curator,
                              OccupationCuration curation) {
        super(curator, curation);
        this.occupations = occupations;
        this.sources = sources;
        this.responses = responses;
        this.salaries = salaries;
        this.outlooks = outlooks;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        Optional<String> keyword = query.string("q");
        ListParams<Occupation> params = ListParams.read(query, OccupationRepository.SORTING,
                Representation.fieldNames(OccupationView.class));
        query.validate();
        return responses.of(uri, headers, params, occupations.list(keyword, params), RECORD_TYPE, o -> o.id,
                OccupationView::from, OccupationView.class);
    }

    @GET
    @Path("/{soc}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<OccupationView> get(@PathParam("soc") String soc, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Occupation occupation = find(soc);
        return Versioned.of(OccupationView.from(occupation, sources.sourcesOf(RECORD_TYPE, occupation.id)), occupation);
    }

    @GET
    @Path("/{soc}/salaries")
    public Response salaries(@PathParam("soc") String soc, @Context UriInfo uri, @Context HttpHeaders headers) {
        return salaries.list(uri, headers, List.of(find(soc).socCode));
    }

    @GET
    @Path("/{soc}/outlooks")
    public Response outlooks(@PathParam("soc") String soc, @Context UriInfo uri, @Context HttpHeaders headers) {
        return outlooks.list(uri, headers, List.of(find(soc).socCode));
    }

    private Occupation find(String soc) {
        return occupations.findBySoc(soc).orElseThrow(() -> Problems.notFound("occupation", soc));
    }
}
