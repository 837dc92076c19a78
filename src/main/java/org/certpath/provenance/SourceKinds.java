package org.certpath.provenance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declared kind of the sources of the reference data, by web host:
 * {@code reference-data/editorial/source-kinds.csv} (host, path_prefix, kind, why). The most specific
 * matching row wins; a staging or test host is always a mirror.
 */
public final class SourceKinds {

    public static final String FILE = "reference-data/editorial/source-kinds.csv";

    private record Rule(String host, String pathPrefix, SourceKind kind) {
        boolean matches(String urlHost, String path) {
            return (urlHost.equals(host) || urlHost.endsWith("." + host))
                    && (pathPrefix == null || path.startsWith(pathPrefix));
        }

        int specificity() {
            return host.length() * 1000 + (pathPrefix == null ? 0 : pathPrefix.length());
        }
    }

    private static final List<Rule> RULES = load();

    private SourceKinds() {
    }

    /** The declared kind of a source at this URL, if its host is declared. */
    public static Optional<SourceKind> forUrl(String url) {
        if (SourceKind.isStagingHost(url)) {
            return Optional.of(SourceKind.MIRROR);
        }
        URI uri;
        try {
            uri = URI.create(url.trim().split(" ")[0]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return RULES.stream().filter(rule -> rule.matches(host, path))
                .max(Comparator.comparingInt(Rule::specificity)).map(Rule::kind);
    }

    private static List<Rule> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return rows.readAll().stream().map(row -> new Rule(row.get("host").trim().toLowerCase(Locale.ROOT),
                    blankToNull(row.get("path_prefix")), SourceKind.of(row.get("kind")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
