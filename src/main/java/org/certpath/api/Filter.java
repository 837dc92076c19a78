package org.certpath.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The where clauses of a list query and their named parameters, built from the validated filters. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Filter where(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.put(name, value);
        return this;
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

    /** A LIKE pattern that finds the words of a keyword search anywhere, case-insensitively. */
    public static String containing(String keyword) {
        return "%" + keyword.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
