package org.certpath.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.certpath.api.QueryParameters;
import org.certpath.api.Representation;
import org.certpath.api.Sorting;
import org.certpath.audit.AuditLog;
import org.certpath.curation.InputReader;
import org.certpath.curation.Keys;

import java.time.OffsetDateTime;
import java.util.List;

/** Key management, for administrators: issue (the secret is shown once), list, revoke. */
@Path("/v1/api-keys")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@RolesAllowed(ApiKey.ADMIN)
public class ApiKeyResource {

    static final String RECORD_TYPE = "api-key";
    private static final List<String> PARAMETERS = ListParams.NAMES.stream()
            .filter(name -> !name.equals("updatedSince")).toList();
    private static final Sorting<ApiKey> SORTING = Sorting.<ApiKey>byId("k.id", k -> k.id)
            .field("id", "k.id", Long.class, k -> k.id)
            .field("name", "k.name", String.class, k -> k.name)
            .field("createdAt", "k.createdAt", OffsetDateTime.class, k -> k.createdAt)
            .defaultSort("id");

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
        QueryParameters.none(uri);
        ApiKeyInput input = inputs.read(body, ApiKeyInput.class);
        ApiKeys.Issued issued = keys.issue(input.name().trim(), input.role());
        audit.record("create", RECORD_TYPE, issued.key().id.toString(), null, ApiKeyView.Audited.of(issued.key()));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, links.item(uri, issued.key().id.toString()))
                .entity(ApiKeyView.issued(issued))
                .build();
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), PARAMETERS);
        ListParams<ApiKey> params = ListParams.read(query, SORTING, Representation.fieldNames(ApiKeyView.class));
        query.validate();
        var slice = keys.list(params, SORTING);
        return responses.of(uri, headers, params, slice, slice.items().stream().map(ApiKeyView::from).toList(),
                ApiKeyView.class);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApiKeyView get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        return ApiKeyView.from(find(id));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response revoke(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.none(uri);
        ApiKey key = find(id);
        ApiKeyView.Audited before = ApiKeyView.Audited.of(key);
        if (key.revokedAt == null) {
            if (ApiKey.ADMIN.equals(key.role) && keys.lockActiveAdmins() <= 1) {
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
