package org.certpath.occupation;

import org.certpath.api.QueryParameters;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the occupation and region filters that salaries and outlooks share. */
public final class OccupationQueries {

    public static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    public static final Pattern REGION = Pattern.compile("[A-Za-z]{2}");

    private OccupationQueries() {
    }

    public static List<String> socCodes(QueryParameters query) {
        return query.list("occupation", SOC, "a SOC code such as 29-2072");
    }

    public static List<String> regionCodes(QueryParameters query) {
        return query.list("region", REGION, "a region code: US or a USPS code such as NJ").stream()
                .map(code -> code.toUpperCase(Locale.ROOT)).toList();
    }
}
