package org.certpath.program;

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
import org.certpath.certification.CertificationRepository;
import org.certpath.curation.CollectionPages;
import org.certpath.curation.CuratedResource;
import org.certpath.curation.Curator;
import org.certpath.curation.Keys;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestResponse;


@Path("/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource extends CuratedResource<Program, ProgramInput> {

    public static final String RECORD_TYPE = "program";

    private final ProgramRepository programs;
    private final RecordSourceRepository sources;
    private final CollectionPages pages;
    private final CertificationRepository certifications;
    private final RegionRepository regions;

    public ProgramResource(ProgramRepository programs, RecordSourceRepository sources, CollectionPages pages,
                           CertificationRepository certifications, RegionRepository regions, Curator curator,
                           ProgramCuration curation) {
        super(curator, curation);
        this.certifications = certifications;
        this.regions = regions;
        this.programs = programs;
        this.sources = sources;
        this.pages = pages;
    }

    @GET
    public Response list(@Valid @BeanParam ProgramListParameters parameters, @Context UriInfo uri) {
        parameters.unknownCodes(certifications, regions).orFail();
        ProgramCriteria criteria = parameters.criteria(programs);
        ListParams<ProgramView> params = parameters.params();
        return pages.of(uri, params, programs.list(criteria, params), RECORD_TYPE, ProgramView::id,
                ProgramView::withSources, ProgramView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<ProgramView> get(@PathParam("id") String id) {
        Program program = Keys.id(id).flatMap(programs::findByIdOptional)
                .orElseThrow(() -> Problems.notFound("program", id));
        return Items.ok(programs.view(program, sources.sourcesOf(RECORD_TYPE, program.id)), program.version,
                program.updatedAt);
    }
}
