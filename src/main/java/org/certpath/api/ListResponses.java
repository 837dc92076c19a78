package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds the response of every list: JSON page or CSV, the Link header, sparse fields. */
@ApplicationScoped
public class ListResponses {

    public static final MediaType CSV = new MediaType("text", "csv", "utf-8");

    private final ObjectMapper json;
    private final PublicLinks links;

    public ListResponses(ObjectMapper json, PublicLinks links) {
        this.json = json;
        this.links = links;
    }

    /** A list of what is not kept as records of the data (keys, audit events): nothing is ever removed from it. */
    public <V extends Record> Response of(UriInfo uri, HttpHeaders headers, ListParams<?> params,
                                          Listing.Slice<?> slice, List<V> views, Class<V> viewType) {
        return of(uri, headers, params, slice, views, viewType, null);
    }

    /** A page of the served data; with {@code updatedSince}, {@code removed} names what was removed since. */
    public <V extends Record> Response of(UriInfo uri, HttpHeaders headers, ListParams<?> params,
                                           Listing.Slice<?> slice, List<V> views, Class<V> viewType,
                                           List<?> removed) {
        String next = slice.next().map(Cursor::encode).orElse(null);
        Response.ResponseBuilder response;
        if (params.csv() || prefersCsv(headers)) {
            response = Response.ok(Representation.csv(json, viewType, views, params.fields()), CSV);
        } else {
            response = Response.ok(new Page(Representation.select(json, views, params.fields()),
                    new Page.Info(params.limit(), slice.total(), next), removed), MediaType.APPLICATION_JSON_TYPE);
        }
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

    /** CSV when the client ranks text/csv above JSON in Accept; JSON for anything else. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV) && !acceptable.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
