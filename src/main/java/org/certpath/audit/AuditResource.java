package org.certpath.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.QueryParameters;
import org.certpath.api.Representation;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The audit trail, newest first by default; for administrators only. */
@Path("/v1/audit")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class AuditResource {

    private static final List<String> PARAMETERS = Stream.concat(
            ListParams.NAMES.stream().filter(name -> !name.equals("updatedSince")),
            Stream.of("entity", "action", "keyId", "entityKey", "since")).toList();
    private static final Pattern ENTITY = Pattern.compile("[a-z][a-z-]{1,30}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final AuditLog audit;
    private final ListResponses responses;

    public AuditResource(AuditLog audit, ListResponses responses) {
        this.audit = audit;
        this.responses = responses;
    }

    @GET
    @RolesAllowed("admin")
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        AuditLog.Query filters = new AuditLog.Query(
                query.list("entity", ENTITY, "an entity such as program"),
                query.enumList("action", new HashSet<>(AuditLog.ACTIONS)),
                query.list("keyId", ID, "a key id").stream().filter(ID.asMatchPredicate()).map(Long::valueOf)
                        .toList(),
                query.timestamp("since"), query.string("entityKey"));
        ListParams<AuditEvent> params = ListParams.read(query, AuditLog.SORTING,
                Representation.fieldNames(AuditView.class));
        query.validate();
        var slice = audit.list(filters, params);
        return responses.of(uri, headers, params, slice, slice.items().stream().map(AuditView::from).toList(),
                AuditView.class);
    }
}
