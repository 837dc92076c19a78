package org.certpath.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HexFormat;

/**
 * ETag, Last-Modified and Cache-Control for every read of the data API. A tag hashes the data
 * version with the request (path, query, Accept), so an unchanged tag proves an unchanged response
 * and If-None-Match is answered 304 before any query runs. Item tags also carry the row version
 * ({@code "r3-…"}), which is what If-Match is checked against on writes.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class HttpCaching implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String CACHE_CONTROL = "public, max-age=300";
    /** CORS echoes the caller's origin, so shared caches must keep responses apart by origin as well as by format. */
    private static final String VARY = HttpHeaders.ACCEPT + ", Origin";
    private static final String TAG = "certpath.representation-tag";
    private static final String KEY = "certpath.representation-key";
    private static final String VERSION = "certpath.data-version";
    private static final String CHANGED_AT = "certpath.data-changed-at";

    private final DataVersion dataVersion;

    public HttpCaching(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isCacheableRead(request)) {
            return;
        }
        DataVersion.Current current = dataVersion.current();
        String key = request.getUriInfo().getRequestUri().getRawPath() + "\n"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getHeaderString(HttpHeaders.ACCEPT);
        String tag = representationTag(current.version(), key);
        request.setProperty(TAG, tag);
        request.setProperty(KEY, key);
        request.setProperty(VERSION, current.version());
        request.setProperty(CHANGED_AT, current.changedAt());
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String opaque = candidate.trim().replaceFirst("^W/", "").replace("\"", "");
            if (opaque.equals(tag) || opaque.endsWith("-" + tag)) {
                request.abortWith(Response.notModified(new EntityTag(opaque))
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .header(HttpHeaders.VARY, VARY)
                        .build());
                return;
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (isSuccessfulWrite(request, response)) {
            // Other instances hear of the change by notification; this one must not answer from the old version.
            dataVersion.refresh();
            return;
        }
        String tag = (String) request.getProperty(TAG);
        // A response from the ResponseCache has its tags already.
        if (tag == null || response.getStatus() != Response.Status.OK.getStatusCode()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        OffsetDateTime lastModified = (OffsetDateTime) request.getProperty(CHANGED_AT);
        if (response.getEntity() instanceof Versioned<?> item) {
            response.setEntity(item.body());
            tag = "r" + item.version() + "-" + tag;
            lastModified = item.updatedAt();
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(tag));
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Date.from(lastModified.toInstant()));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    }

    private static boolean isSuccessfulWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method)
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                && request.getUriInfo().getPath().startsWith("/v1");
    }

    private static boolean isCacheableRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/v1");
    }

    /** What a response depends on besides the data version (path, query, Accept); null when it is not a cached read. */
    static String representationKey(ContainerRequestContext request) {
        return (String) request.getProperty(KEY);
    }

    /** The data version the response to this cached read is built from. */
    static long version(ContainerRequestContext request) {
        return (Long) request.getProperty(VERSION);
    }

    private static String representationTag(long version, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((version + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
