package org.certpath.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.certpath.api.PublicLinks;
import org.certpath.api.Roles;
import org.certpath.audit.AuditLog;
import org.certpath.curation.InputReader;
import org.certpath.curation.Keys;


/** Key management, for administrators: issue (the secret is shown once), list, revoke. */
@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    static final String RECORD_TYPE = "api-key";

    private final ApiKeys keys;
    private final InputReader inputs;
    private final AuditLog audit;
    private final ListResponses responses;
    private final PublicLinks links;

    public ApiKeyResource(ApiKeys keys, InputReader inputs, AuditLog audit, ListResponses responses,
                          PublicLinks links) {
        this.links = links;
        this.keys = keys;
        this.inputs = inputs;
        this.audit = audit;
        this.responses = responses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(byte[] body, @Context UriInfo uri) {
        ApiKeyInput input = inputs.read(body, ApiKeyInput.class);
        ApiKeys.Issued issued = keys.issue(input.name().trim(), input.role());
        audit.record("create", RECORD_TYPE, issued.key().id.toString(), null, ApiKeyView.Audited.of(issued.key()));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, links.item(uri, issued.key().id.toString()))
                .entity(ApiKeyView.issued(issued))
                .build();
    }

    @GET
    public Response list(@Valid @BeanParam ApiKeyParameters parameters, @Context UriInfo uri) {
        ListParams<ApiKey> params = parameters.params();
        var slice = keys.list(params, ApiKeyParameters.SORTING);
        return responses.of(uri, params, slice, slice.items().stream().map(ApiKeyView::from).toList(),
                ApiKeyView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApiKeyView get(@PathParam("id") String id) {
        return ApiKeyView.from(find(id));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response revoke(@PathParam("id") String id) {
        ApiKey key = find(id);
        ApiKeyView.Audited before = ApiKeyView.Audited.of(key);
        if (key.revokedAt == null) {
            if (Roles.ADMIN.equals(key.role) && keys.lockActiveAdmins() <= 1) {
                throw Problems.conflict("This is the last active admin key: without it nobody could issue or revoke "
                        + "keys. Issue another admin key first. Nothing was revoked.");
            }
            keys.revoke(key);
            audit.record("revoke", RECORD_TYPE, key.id.toString(), before, ApiKeyView.Audited.of(key));
        }
        return Response.noContent().build();
    }

    private ApiKey find(String id) {
        return Keys.id(id).flatMap(keys::findByIdOptional).orElseThrow(() -> Problems.notFound("API key", id));
    }
}
