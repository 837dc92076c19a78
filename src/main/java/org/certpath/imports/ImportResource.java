package org.certpath.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.certpath.api.Roles;

import java.io.InputStream;

/** Official data files, one request each: all or nothing, with a dry run to see what would change. */
@Path("/v1/imports")
@RolesAllowed(Roles.EDITOR)
@Consumes("text/csv")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** O*NET publishes its database as tab-separated text files. */
    static final String TAB_SEPARATED = "text/tab-separated-values";

    private final Importer importer;
    private final IpedsImports ipeds;

    public ImportResource(Importer importer, IpedsImports ipeds) {
        this.importer = importer;
        this.ipeds = ipeds;
    }

    @POST
    @Path("/oews")
    public ImportReport oews(InputStream body, @Valid @BeanParam ImportParameters.Oews parameters) {
        return importer.oews(body, parameters.edition(), parameters.sourceUrl(), parameters.asOf(), parameters.dryRun());
    }

    @POST
    @Path("/projections")
    public ImportReport projections(InputStream body, @Valid @BeanParam ImportParameters.Projections parameters) {
        return importer.projections(body, parameters.period(), parameters.sourceUrl(), parameters.asOf(),
                parameters.dryRun());
    }

    @POST
    @Path("/state-projections")
    public ImportReport stateProjections(InputStream body, @Valid @BeanParam ImportParameters.OfficialFile parameters) {
        return importer.stateProjections(body, parameters.sourceUrl(), parameters.asOf(), parameters.dryRun());
    }

    @POST
    @Path("/onet-alternate-titles")
    @Consumes(TAB_SEPARATED)
    public ImportReport onetAlternateTitles(InputStream body, @Valid @BeanParam ImportParameters.Onet parameters) {
        return onet(OnetFile.ALTERNATE_TITLES, body, parameters);
    }

    @POST
    @Path("/onet-reported-titles")
    @Consumes(TAB_SEPARATED)
    public ImportReport onetReportedTitles(InputStream body, @Valid @BeanParam ImportParameters.Onet parameters) {
        return onet(OnetFile.REPORTED_TITLES, body, parameters);
    }

    @POST
    @Path("/onet-tasks")
    @Consumes(TAB_SEPARATED)
    public ImportReport onetTasks(InputStream body, @Valid @BeanParam ImportParameters.Onet parameters) {
        return onet(OnetFile.TASKS, body, parameters);
    }

    private ImportReport onet(OnetFile file, InputStream body, ImportParameters.Onet parameters) {
        return importer.onet(file, body, parameters.release(), parameters.sourceUrl(), parameters.asOf(),
                parameters.dryRun());
    }

    @POST
    @Path("/programs")
    public ImportReport programs(InputStream body, @Valid @BeanParam ImportParameters parameters) {
        return importer.programs(body, parameters.dryRun());
    }

    @POST
    @Path("/ipeds-institutions")
    public ImportReport ipedsInstitutions(InputStream body, @Valid @BeanParam ImportParameters.Ipeds parameters) {
        return ipeds.institutions(body, parameters);
    }

    @POST
    @Path("/ipeds-charges")
    public ImportReport ipedsCharges(InputStream body, @Valid @BeanParam ImportParameters.Ipeds parameters) {
        return ipeds.charges(body, parameters);
    }

    @POST
    @Path("/ipeds-completions")
    public ImportReport ipedsCompletions(InputStream body, @Valid @BeanParam ImportParameters.Ipeds parameters) {
        return ipeds.completions(body, parameters);
    }
}
