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


    private final Importer importer;

    public ImportResource(Importer importer) {
        this.importer = importer;
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
    @Path("/programs")
    public ImportReport programs(InputStream body, @Valid @BeanParam ImportParameters parameters) {
        return importer.programs(body, parameters.dryRun());
    }
}
