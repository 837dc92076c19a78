package org.certpath.audit;

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

/** The audit trail as CSV: the whole filtered trail in one response, for administrators. */
@Path("/v1/audit.csv")
@Produces("text/csv")
@RolesAllowed(Roles.ADMIN)
public class AuditExportResource {

    /** The trail's filters, sort and fields, without paging. */
    @Export
    public static class Parameters extends AuditParameters {
    }

    private final AuditLog audit;
    private final Exports exports;

    public AuditExportResource(AuditLog audit, Exports exports) {
        this.audit = audit;
        this.exports = exports;
    }

    @GET
    public Response export(@Valid @BeanParam Parameters parameters) {
        AuditLog.Query criteria = parameters.criteria();
        return exports.csv("audit", parameters.params(), page -> audit.list(criteria, page),
                events -> events.stream().map(AuditView::from).toList(), AuditView.class);
    }
}
