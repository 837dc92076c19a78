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
import org.certpath.api.ListParams;
import org.certpath.api.Problems;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.curation.CollectionPages;
import org.certpath.region.RegionRepository;

import java.util.List;
import java.util.Optional;

/** The programs that prepare for one certification: the program list with its credential fixed by the path. */
@Path("/v1/certifications/{code}/programs")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationProgramsResource {

    private final CertificationRepository certifications;
    private final ProgramRepository programs;
    private final CollectionPages pages;
    private final RegionRepository regions;

    public CertificationProgramsResource(CertificationRepository certifications, ProgramRepository programs,
                                         CollectionPages pages, RegionRepository regions) {
        this.regions = regions;
        this.certifications = certifications;
        this.programs = programs;
        this.pages = pages;
    }

    @GET
    public Response list(@PathParam("code") String code, @Valid @BeanParam ProgramParameters parameters,
                         @Context UriInfo uri) {
        Certification certification = Optional.of(code).filter(value -> value.matches(Certification.CODE))
                .flatMap(certifications::findByCode).orElseThrow(() -> Problems.notFound("certification", code));
        parameters.unknownCodes(regions).orFail();
        ProgramCriteria criteria = parameters.criteria(Optional.of(List.of(certification.id)));
        ListParams<ProgramView> params = parameters.params();
        return pages.of(uri, params, programs.list(criteria, params), ProgramResource.RECORD_TYPE,
                ProgramView::id, ProgramView::withSources, ProgramView.class);
    }
}
