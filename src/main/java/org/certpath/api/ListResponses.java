package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds the response of every list: the JSON page, the Link header, sparse fields. */
@ApplicationScoped
public class ListResponses {

    private final ObjectMapper json;
    private final PublicLinks links;

    public ListResponses(ObjectMapper json, PublicLinks links) {
        this.json = json;
        this.links = links;
    }

    /** A list of what is not kept as records of the data (keys, audit events): nothing is ever removed from it. */
    public <V extends Record> Response of(UriInfo uri, ListParams<?> params,
                                          Listing.Slice<?> slice, List<V> views, Class<V> viewType) {
        return of(uri, params, slice, views, viewType, null);
    }

    /** A page of the served data; with {@code updatedSince}, {@code removed} names what was removed since. */
    public <V extends Record> Response of(UriInfo uri, ListParams<?> params,
                                           Listing.Slice<?> slice, List<V> views, Class<V> viewType,
                                           List<?> removed) {
        String next = slice.next().map(Cursor::encode).orElse(null);
        Response.ResponseBuilder response = Response.ok(new Page(Representation.select(json, views, params.fields()),
                new Page.Info(params.limit(), slice.total(), next), removed), MediaType.APPLICATION_JSON_TYPE);
        return withLinks(response, uri, next).build();
    }

    /** RFC 8288 links of a page: the first page of the same request, and the next one unless it is the last. */
    public Response.ResponseBuilder withLinks(Response.ResponseBuilder response, UriInfo uri, String next) {
        response.header("Link", "<" + links.page(uri, null) + ">; rel=\"first\"");
        if (next != null) {
            response.header("Link", "<" + links.page(uri, next) + ">; rel=\"next\"");
        }
        return response;
    }
}
