package org.certpath.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** The where clauses of a list query and their named parameters, built from the validated filters. */
public final class Filter {

    /** Not a backslash, which HQL and SQL string literals would each read differently. */
    private static final String LIKE_ESCAPE = "!";
    /** What {@link #codes} writes into a statement: no quote, no backslash, nothing SQL reads as syntax. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,32}");

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Filter where(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.put(name, value);
        return this;
    }

    /**
     * {@code path} is one of {@code values}, written as {@code path = :name} for a single value: Hibernate keeps the
     * translation of a query without a list parameter, and translates one with a list afresh on every call.
     */
    public Filter whereIn(String path, String name, List<?> values) {
        return values.size() == 1 ? where(path + " = :" + name, name, values.get(0))
                : where(path + " in (:" + name + ")", name, values);
    }

    /**
     * {@code path} is one of {@code codes}, written into the statement as literals. For codes the API has already
     * checked against a closed set or a strict pattern (delivery modes, states, CIP and SOC codes): PostgreSQL plans
     * a prepared statement without parameters once per connection, where one with parameters is planned again at
     * every execution whenever its custom plans look cheaper than a generic one, which for a page of a list cost
     * as much as running it.
     */
    public Filter whereAmong(String path, List<String> codes) {
        return where(path + " in " + codes(codes));
    }

    /** {@code codes} as a list of SQL literals, {@code ('a', 'b')}; see {@link #whereAmong}. */
    public static String codes(List<String> codes) {
        StringJoiner literals = new StringJoiner(", ", "(", ")");
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Not a validated code: " + code);
            }
            literals.add("'" + code + "'");
        }
        return literals.toString();
    }

    public Filter where(String clause) {
        clauses.add(clause);
        return this;
    }

    public Filter copy() {
        Filter copy = new Filter();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The clauses as a {@code where} of HQL or SQL, with a leading space; empty when there are none. */
    public String whereClause() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /**
     * A keyword search of every list, in HQL and SQL alike: any of {@code expressions} contains the
     * keyword, case-insensitively, with {@code %} and {@code _} taken literally. The escape character
     * is named in the query: Hibernate writes {@code escape ''} for a LIKE without one, which turned a
     * backslash escape into two literal characters on the lists read through HQL.
     */
    public Filter containing(String keyword, String... expressions) {
        return containingOr(keyword, null, expressions);
    }

    /**
     * {@link #containing}, or else {@code alternative} holds: a clause of the caller's, such as a
     * full-text search, whose own parameters the caller adds to {@link #parameters()}.
     */
    public Filter containingOr(String keyword, String alternative, String... expressions) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        for (String expression : expressions) {
            any.add("lower(" + expression + ") like :q escape '" + LIKE_ESCAPE + "'");
        }
        if (alternative != null) {
            any.add(alternative);
        }
        String literal = keyword.toLowerCase(Locale.ROOT).replace(LIKE_ESCAPE, LIKE_ESCAPE + LIKE_ESCAPE)
                .replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_");
        return where(any.toString(), "q", "%" + literal + "%");
    }
}
