package org.certpath.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * The response of one stored item: its body as it is sent, with the row version as its entity tag
 * and the time of its last change. {@link HttpCaching} makes the row tag a tag of the representation,
 * which is what If-None-Match and If-Match are compared with.
 */
public final class Items {

    private static final Pattern ROW_TAG = Pattern.compile("r\\d+");

    private Items() {
    }

    public static <V> RestResponse<V> ok(V body, long version, OffsetDateTime updatedAt) {
        return RestResponse.ResponseBuilder.ok(body).tag(rowTag(version))
                .header(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(updatedAt)).build();
    }

    /** The same for a write: the item as it now is, in a response created (with its location) or changed. */
    public static Response written(Response.ResponseBuilder response, Object body, long version,
                                   OffsetDateTime updatedAt) {
        return response.entity(body).tag(rowTag(version))
                .header(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(updatedAt)).build();
    }

    static EntityTag rowTag(long version) {
        return new EntityTag("r" + version);
    }

    /** Whether a response's tag is a row version still to be made a representation's tag. */
    static boolean isRowTag(String opaque) {
        return opaque != null && ROW_TAG.matcher(opaque).matches();
    }
}
