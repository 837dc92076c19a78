package org.certpath.curation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.Roles;


/**
 * The write endpoints of a collection resource, for editors: {@code POST} on the collection,
 * {@code PUT}, {@code PATCH} and {@code DELETE} on an item by its URL key. A resource gets them by
 * extending this class with its {@link Curated} collection.
 */
public abstract class CuratedResource<E extends CuratedEntity, I extends Curated.Input> {

    private final Curator curator;
    private final Curated<E, I> collection;

    protected CuratedResource(Curator curator, Curated<E, I> collection) {
        this.curator = curator;
        this.collection = collection;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(byte[] body, @Context UriInfo uri) {
        return curator.create(collection, body, uri);
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            byte[] body, @Context UriInfo uri) {
        return curator.replace(collection, key, body, ifMatch, uri);
    }

    @PATCH
    @Path("/{key}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          byte[] body, @Context UriInfo uri) {
        return curator.patch(collection, key, body, ifMatch, uri);
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context UriInfo uri) {
        return curator.delete(collection, key, ifMatch, uri);
    }
}
