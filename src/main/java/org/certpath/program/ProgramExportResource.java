package org.certpath.program;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.ListParams;
import org.certpath.api.parameters.Export;
import org.certpath.certification.CertificationRepository;
import org.certpath.curation.CollectionExports;
import org.certpath.region.RegionRepository;

/** The programs as CSV: the whole filtered list in one response, for spreadsheets. */
@Path("/v1/programs.csv")
@Produces("text/csv")
public class ProgramExportResource {

    /** The list's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends ProgramListParameters {
    }

    private final ProgramRepository programs;
    private final CertificationRepository certifications;
    private final RegionRepository regions;
    private final CollectionExports exports;

    public ProgramExportResource(ProgramRepository programs, CertificationRepository certifications,
                                 RegionRepository regions, CollectionExports exports) {
        this.programs = programs;
        this.certifications = certifications;
        this.regions = regions;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        parameters.unknownCodes(certifications, regions).orFail();
        ProgramCriteria criteria = parameters.criteria(programs);
        ListParams<ProgramView> params = parameters.params();
        return exports.csvOfCited("programs", params.fields(), programs.export(criteria, params),
                ProgramResource.RECORD_TYPE, ProgramRepository.Exported::sourceIds,
                (exported, chunkSources) -> exported.program().withSources(exported.sources(chunkSources)),
                ProgramView.class);
    }
}
