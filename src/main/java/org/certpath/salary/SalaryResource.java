package org.certpath.salary;

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

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Path("/v1/salaries")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class SalaryResource extends CuratedResource<Salary, SalaryInput> {

    public static final String RECORD_TYPE = "salary";
    private static final List<String> PARAMETERS = Stream.concat(ListParams.NAMES.stream(),
            Stream.of("occupation", "region", "edition", "minMedian", "maxMedian")).toList();
    private static final Pattern EDITION = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final SalaryRepository salaries;
    private final RecordSourceRepository sources;
    private final ListResponses responses;

    public SalaryResource(SalaryRepository salaries, RecordSourceRepository sources, ListResponses responses, Curator curator,
                          SalaryCuration curation) {
        super(curator, curation);
        this.salaries = salaries;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return list(uri, headers, List.of());
    }

    /** The salary list, restricted to one occupation when {@code occupations} names it. */
    public Response list(UriInfo uri, HttpHeaders headers, List<String> occupations) {
        QueryParameters query = QueryParameters.forList(uri, PARAMETERS, "occupation", !occupations.isEmpty());
        List<String> socCodes = occupations.isEmpty() ? OccupationQueries.socCodes(query) : occupations;
        List<String> regions = OccupationQueries.regionCodes(query);
        List<String> editions = query.list("edition", EDITION, "an OEWS edition such as 2024-05");
        Optional<BigDecimal> minMedian = query.decimal("minMedian", BigDecimal.ZERO);
        Optional<BigDecimal> maxMedian = query.decimal("maxMedian", BigDecimal.ZERO);
        ListParams<Salary> params = ListParams.read(query, SalaryRepository.SORTING,
                Representation.fieldNames(SalaryView.class));
        query.validate();
        SalaryRepository.Query filters = new SalaryRepository.Query(socCodes, regions, editions, minMedian, maxMedian);
        return responses.of(uri, headers, params, salaries.list(filters, params), RECORD_TYPE, s -> s.id,
                SalaryView::from, SalaryView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<SalaryView> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Salary salary = salaries.findById(id).orElseThrow(() -> Problems.notFound("salary", id));
        return Versioned.of(SalaryView.from(salary, sources.sourcesOf(RECORD_TYPE, salary.id)), salary);
    }
}
