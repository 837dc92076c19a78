package org.certpath.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;


/** The audit trail, newest first by default; for administrators only. */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {


    private final AuditLog audit;
    private final ListResponses responses;

    public AuditResource(AuditLog audit, ListResponses responses) {
        this.audit = audit;
        this.responses = responses;
    }

    @GET
    @RolesAllowed("admin")
    public Response list(@Valid @BeanParam AuditParameters parameters, @Context UriInfo uri) {
        ListParams<AuditEvent> params = parameters.params();
        var slice = audit.list(parameters.criteria(), params);
        return responses.of(uri, params, slice, slice.items().stream().map(AuditView::from).toList(),
                AuditView.class);
    }
}
