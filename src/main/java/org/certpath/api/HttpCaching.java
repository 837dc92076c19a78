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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * ETag, Last-Modified and Cache-Control for every read of the data API, in this one place. A tag hashes the data
 * version with the request (path, query, Accept), so an unchanged tag proves an unchanged response
 * and If-None-Match is answered 304 before any query runs. Item tags also carry the row version
 * ({@code "r3-…"}), which is what If-Match is checked against on writes; a write answers with the
 * new tag of the item. Administrators' lists (keys, audit) are never cached.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class HttpCaching implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String CACHE_CONTROL = "public, max-age=300";
    /** CORS echoes the caller's origin, so shared caches must keep responses apart by origin as well as by format. */
    private static final String VARY = HttpHeaders.ACCEPT + ", Origin";
    /** Administrators' lists: never answered from a cache, never stored in a shared one. */
    private static final List<String> PRIVATE_PATHS = List.of("/v1/api-keys", "/v1/audit");
    private static final String TAG = "certpath.representation-tag";
    static final String KEY = "certpath.representation-key";
    static final String VERSION = "certpath.data-version";
    private static final String CHANGED_AT = "certpath.data-changed-at";
    /**
     * An HTTP date (RFC 9110, IMF-fixdate). Headers are given as text: given a {@code Date}, Quarkus REST makes a new
     * {@code SimpleDateFormat} for every response, a fiftieth of an uncached page's time (bench/README.md).
     */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private static final MessageDigest SHA_256 = newSha256();

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
        String key = representationKey(request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request);
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
        if (isPrivate(request)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (isSuccessfulWrite(request, response)) {
            // Other instances hear of the change by notification; this one must not answer, nor tag
            // what it wrote, from the old version.
            dataVersion.refresh();
            String rowTag = rowTag(response);
            if (rowTag != null && isWrite(request)) {
                tagWritten(request, response, rowTag);
            }
            return;
        }
        String tag = (String) request.getProperty(TAG);
        String rowTag = rowTag(response);
        // A response from the ResponseCache has its tags already.
        if (tag == null || response.getStatus() != Response.Status.OK.getStatusCode()
                || response.getHeaders().containsKey(HttpHeaders.ETAG) && rowTag == null) {
            return;
        }
        if (rowTag != null) {
            tag = rowTag + "-" + tag;
        } else {
            OffsetDateTime changedAt = (OffsetDateTime) request.getProperty(CHANGED_AT);
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate(changedAt));
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(tag));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
    }

    private static boolean isSuccessfulWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method)
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                && request.getUriInfo().getPath().startsWith("/v1");
    }

    /**
     * The item a write answers with gets the tag a GET of it would get right after the write (same
     * data version, path and Accept), so that it serves for If-Match and If-None-Match alike.
     */
    private void tagWritten(ContainerRequestContext request, ContainerResponseContext response, String rowTag) {
        URI location = response.getLocation();
        String path = location != null ? location.getRawPath() : request.getUriInfo().getRequestUri().getRawPath();
        String tag = rowTag + "-" + representationTag(dataVersion.current().version(), representationKey(path, null, request));
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(tag));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The row version a resource gave as the tag of an item ({@link Items}), or null. */
    private static String rowTag(ContainerResponseContext response) {
        EntityTag tag = response.getEntityTag();
        return tag != null && Items.isRowTag(tag.getValue()) ? tag.getValue() : null;
    }

    private static boolean isCacheableRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/v1") && !isPrivate(request);
    }

    private static boolean isWrite(ContainerRequestContext request) {
        return List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH).contains(request.getMethod());
    }

    private static boolean isPrivate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return PRIVATE_PATHS.stream().anyMatch(path::startsWith);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time as the value of {@code Last-Modified}. */
    static String httpDate(OffsetDateTime time) {
        return HTTP_DATE.format(time);
    }

    /** What a response depends on besides the data version (path, query, Accept); null when it is not a cached read. */
    static String representationKey(ContainerRequestContext request) {
        return (String) request.getProperty(KEY);
    }

    /** The data version the response to this cached read is built from. */
    static long version(ContainerRequestContext request) {
        return (Long) request.getProperty(VERSION);
    }

    private static String representationKey(String rawPath, String rawQuery, ContainerRequestContext request) {
        return rawPath + "\n" + rawQuery + "\n" + request.getHeaderString(HttpHeaders.ACCEPT);
    }

    private static String representationTag(long version, String key) {
        byte[] digest = sha256().digest((version + "\n" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    /** A copy of one digest made at start-up: looking the algorithm up among the providers cost every read 1 %. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
