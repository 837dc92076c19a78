package org.certpath.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.certpath.api.Exports;
import org.certpath.api.Roles;
import org.certpath.api.parameters.Export;

/** The API keys as CSV, for administrators; the secret is never in it (its column stays empty). */
@Path("/v1/api-keys.csv")
@Produces("text/csv")
@RolesAllowed(Roles.ADMIN)
public class ApiKeyExportResource {

    /** The key list's sort and fields, without paging. */
    @Export
    public static class Parameters extends ApiKeyParameters {
    }

    private final ApiKeys keys;
    private final Exports exports;

    public ApiKeyExportResource(ApiKeys keys, Exports exports) {
        this.keys = keys;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        return exports.csv("api-keys", parameters.params(), page -> keys.list(page, ApiKeyParameters.SORTING),
                items -> items.stream().map(ApiKeyView::from).toList(), ApiKeyView.class);
    }
}
