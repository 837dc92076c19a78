package org.certpath.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.QueryParameters;
import org.certpath.security.ApiKey;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Official data files, one request each: all or nothing, with a dry run to see what would change. */
@Path("/v1/imports")
@RolesAllowed(ApiKey.EDITOR)
@Consumes("text/csv")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final Pattern EDITION = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,2000}");

    private final Importer importer;

    public ImportResource(Importer importer) {
        this.importer = importer;
    }

    @POST
    @Path("/oews")
    public ImportReport oews(InputStream body, @Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(),
                List.of("edition", "dryRun", "sourceUrl", "asOf"));
        Optional<String> edition = required(query, "edition", EDITION, "an OEWS edition such as 2024-05");
        Source source = source(query);
        boolean dryRun = query.bool("dryRun").orElse(false);
        query.validate();
        return importer.oews(body, edition.orElseThrow(), source.url(), source.asOf(), dryRun);
    }

    @POST
    @Path("/projections")
    public ImportReport projections(InputStream body, @Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(),
                List.of("period", "dryRun", "sourceUrl", "asOf"));
        Optional<String> period = required(query, "period", PERIOD, "a projection period such as 2024-2034");
        period.filter(value -> value.substring(0, 4).compareTo(value.substring(5)) >= 0)
                .ifPresent(value -> query.invalid("period", "The projected year must come after the base year."));
        Source source = source(query);
        boolean dryRun = query.bool("dryRun").orElse(false);
        query.validate();
        return importer.projections(body, period.orElseThrow(), source.url(), source.asOf(), dryRun);
    }

    @POST
    @Path("/programs")
    public ImportReport programs(InputStream body, @Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), List.of("dryRun"));
        boolean dryRun = query.bool("dryRun").orElse(false);
        query.validate();
        return importer.programs(body, dryRun);
    }

    private record Source(Optional<String> url, Optional<String> asOf) {
    }

    private static Source source(QueryParameters query) {
        Optional<String> url = query.string("sourceUrl");
        url.filter(value -> !URL.matcher(value).matches())
                .ifPresent(value -> query.invalid("sourceUrl", "Not an http(s) URL."));
        Optional<String> asOf = query.string("asOf");
        asOf.filter(value -> value.length() > 300).ifPresent(value -> query.invalid("asOf", "At most 300 characters."));
        return new Source(url, asOf);
    }

    private static Optional<String> required(QueryParameters query, String name, Pattern pattern, String expected) {
        Optional<String> value = query.string(name);
        if (value.isEmpty()) {
            query.invalid(name, "Required: " + expected + ".");
        } else if (!pattern.matcher(value.get()).matches()) {
            query.invalid(name, "'" + value.get() + "' is not " + expected + ".");
            return Optional.empty();
        }
        return value;
    }
}
