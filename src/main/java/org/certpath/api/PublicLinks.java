package org.certpath.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The URLs the service writes into {@code Link} and {@code Location}. They never come from the
 * request's {@code Host} or {@code :authority}: those are the client's to choose, and a response
 * cached for everyone would hand every later client a link to whatever host one client named.
 * Links are relative (RFC 8288 and RFC 9110 resolve them against the request URL) unless
 * {@code certpath.public-base-url} names the public origin.
 */
@ApplicationScoped
public class PublicLinks {

    private final String base;

    public PublicLinks(@ConfigProperty(name = "certpath.public-base-url") Optional<String> base) {
        this.base = base.map(PublicLinks::origin).orElse("");
    }

    /** The public URL of a path of this service ({@code /v1/programs/12}). */
    public String to(String rawPath) {
        return base + rawPath;
    }

    /** The request's own path and query, with the {@code cursor} parameter replaced (null removes it). */
    public String page(UriInfo uri, String cursor) {
        URI page = cursor == null ? uri.getRequestUriBuilder().replaceQueryParam("cursor").build()
                : uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return to(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
    }

    /** The request's path with one more segment, for the item a POST made. */
    public String item(UriInfo uri, String key) {
        return to(uri.getAbsolutePathBuilder().path(key).build().getRawPath());
    }

    private static String origin(String configured) {
        URI uri = URI.create(configured.trim());
        if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("certpath.public-base-url must be an http(s) URL without query, such as "
                    + "https://api.example.org; it is " + configured);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
