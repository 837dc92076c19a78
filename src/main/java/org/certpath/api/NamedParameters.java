package org.certpath.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A query of ours written with named parameters ({@code :name}, as Hibernate reads them, so that one
 * {@link Filter} serves HQL and SQL), prepared for plain JDBC: each name becomes a {@code ?}, and a
 * collection one {@code ?} per value, as Hibernate expands {@code in (:states)}. Quoted literals and
 * {@code ::} casts are copied as they are. Only our own query text goes through here; values are
 * always bound, never written into it.
 */
public final class NamedParameters {

    private NamedParameters() {
    }

    /** The positional SQL and its values in order. */
    public record Positional(String sql, List<Object> values) {

        public PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        }
    }

    public static Positional positional(String sql, Map<String, Object> parameters) {
        StringBuilder text = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        int at = 0;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == '\'') {
                int end = sql.indexOf('\'', at + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated literal in " + sql);
                }
                text.append(sql, at, end + 1);
                at = end + 1;
            } else if (c == ':' && at + 1 < sql.length() && sql.charAt(at + 1) == ':') {
                text.append("::");
                at += 2;
            } else if (c == ':' && at + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(at + 1))) {
                int end = at + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(at + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name + " in " + sql);
                }
                bind(parameters.get(name), text, values);
                at = end;
            } else {
                text.append(c);
                at++;
            }
        }
        return new Positional(text.toString(), values);
    }

    private static void bind(Object value, StringBuilder text, List<Object> values) {
        if (value instanceof Collection<?> many) {
            if (many.isEmpty()) {
                throw new IllegalArgumentException("An empty list matches nothing: write the condition as false");
            }
            for (int i = 0; i < many.size(); i++) {
                text.append(i == 0 ? "?" : ", ?");
            }
            values.addAll(many);
        } else {
            text.append('?');
            values.add(value);
        }
    }
}
