package org.certpath.seed;

import org.certpath.provenance.Publishers;
import org.certpath.provenance.SourceKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;

/** The plain JDBC statements the seed loaders write with: values bound by position, text arrays as arrays. */
final class Statements {

    private final Connection connection;

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs an insert and gives the id of the row it made. */
    long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql + " returning id")) {
            bind(statement, values);
            try (ResultSet keys = statement.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs a statement and gives how many rows it wrote. */
    int execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** The id of the source read at this address on this date, made when no row has it yet. */
    long source(String url, String asOf, String title, String publisherUrl, SourceKind kind) throws SQLException {
        execute("""
                insert into source (url, as_of, publisher, title, original_url, kind) values (?, ?, ?, ?, ?, ?)
                on conflict (url, as_of) do nothing""",
                url, asOf, Publishers.of(publisherUrl != null ? publisherUrl : url), title == null ? url : title,
                publisherUrl, kind.code());
        return sourceId(url, asOf).orElseThrow();
    }

    /** The source read at this address on this date: at most one, (url, as_of) being unique. */
    Optional<Long> sourceId(String url, String asOf) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id from source where url = ? and as_of is not distinct from ?")) {
            statement.setString(1, url);
            statement.setString(2, asOf);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * The source a reference row names in its usual columns ({@code source_url}, {@code as_of}, {@code source_title},
     * {@code publisher_url}, {@code source_kind}); a staging host is a mirror whatever the row says, and a publisher
     * address equal to the page read is no other original.
     */
    long source(Map<String, String> row) throws SQLException {
        String url = ReferenceCsv.text(row, "source_url");
        String publisherUrl = ReferenceCsv.text(row, "publisher_url");
        SourceKind kind = SourceKind.isStagingHost(url) ? SourceKind.MIRROR
                : SourceKind.of(ReferenceCsv.text(row, "source_kind"));
        return source(url, ReferenceCsv.text(row, "as_of"), ReferenceCsv.text(row, "source_title"),
                url.equals(publisherUrl) ? null : publisherUrl, kind);
    }

    private void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String[] array) {
                statement.setArray(i + 1, connection.createArrayOf("text", array));
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
