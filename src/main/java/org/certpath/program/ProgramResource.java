package org.certpath.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.certpath.curation.Curator;
import org.certpath.curation.Keys;
import org.certpath.curation.MergePatch;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.security.ApiKey;

import java.util.List;
import java.util.stream.Stream;

@Path("/v1/programs")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ProgramResource {

    public static final String RECORD_TYPE = "program";
    private static final List<String> PARAMETERS =
            Stream.concat(ListParams.NAMES.stream(), ProgramQueries.FILTERS.stream()).toList();

    private final ProgramRepository programs;
    private final RecordSourceRepository sources;
    private final ListResponses responses;
    private final Curator curator;
    private final ProgramCuration curation;

    public ProgramResource(ProgramRepository programs, RecordSourceRepository sources, ListResponses responses,
                           Curator curator, ProgramCuration curation) {
        this.programs = programs;
        this.sources = sources;
        this.responses = responses;
        this.curator = curator;
        this.curation = curation;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        return list(uri, headers, List.of());
    }

    /** The program list, restricted to one certification when {@code certifications} names it. */
    public Response list(UriInfo uri, HttpHeaders headers, List<String> certifications) {
        List<String> allowed = certifications.isEmpty() ? PARAMETERS
                : PARAMETERS.stream().filter(name -> !name.equals("certification")).toList();
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), allowed);
        ProgramRepository.Query filters = ProgramQueries.read(query, certifications);
        ListParams<Program> params = ListParams.read(query, ProgramRepository.SORTING,
                Representation.fieldNames(ProgramView.class));
        query.validate();
        return responses.of(uri, headers, params, programs.list(filters, params), RECORD_TYPE, p -> p.id,
                ProgramView::from, ProgramView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Versioned<ProgramView> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        Program program = Keys.id(id).flatMap(programs::findByIdOptional)
                .orElseThrow(() -> Problems.notFound("program", id));
        return new Versioned<>(ProgramView.from(program, sources.sourcesOf(RECORD_TYPE, program.id)),
                program.version, program.updatedAt);
    }

    @POST
    @RolesAllowed(ApiKey.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        return curator.create(curation, body, uri);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ApiKey.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            String body, @Context UriInfo uri) {
        return curator.replace(curation, id, body, ifMatch, uri);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(ApiKey.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          String body, @Context UriInfo uri) {
        return curator.patch(curation, id, body, ifMatch, uri);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ApiKey.EDITOR)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context UriInfo uri) {
        return curator.delete(curation, id, ifMatch, uri);
    }
}
