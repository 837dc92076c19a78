package org.certpath.program;

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
import org.certpath.curation.Keys;
import org.certpath.provenance.RecordSourceRepository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Path("/v1/programs")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ProgramResource extends CuratedResource<Program, ProgramInput> {

    public static final String RECORD_TYPE = "program";
    private static final List<String> PARAMETERS =
            Stream.concat(ListParams.NAMES.stream(), ProgramQueries.FILTERS.stream()).toList();

    private final ProgramRepository programs;
    private final RecordSourceRepository sources;
    private final ListResponses responses;

    public ProgramResource(ProgramRepository programs, RecordSourceRepository sources, ListResponses responses,
                           Curator curator, ProgramCuration curation) {
        super(curator, curation);
        this.programs = programs;
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return list(uri, headers, List.of());
    }

    /** The program list, restricted to one certification when {@code certifications} names it. */
    public Response list(UriInfo uri, HttpHeaders headers, List<String> certifications) {
        QueryParameters query = QueryParameters.forList(uri, PARAMETERS, "certification", !certifications.isEmpty());
        ProgramRepository.Query filters = ProgramQueries.read(query, certifications);
        ListParams<ProgramView> params = ListParams.read(query, ProgramRepository.SORTING,
                Representation.fieldNames(ProgramView.class));
        query.validate();
        return responses.of(uri, headers, params, programs.list(filters, params), RECORD_TYPE, ProgramView::id,
                ProgramView::withSources, ProgramView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<ProgramView> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Program program = Keys.id(id).flatMap(programs::findByIdOptional)
                .orElseThrow(() -> Problems.notFound("program", id));
        return Versioned.of(ProgramView.from(program, sources.sourcesOf(RECORD_TYPE, program.id)), program);
    }
}
