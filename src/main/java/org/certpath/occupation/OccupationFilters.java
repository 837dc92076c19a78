package org.certpath.occupation;

/** The forms of the occupation and region codes that the lists of salaries and outlooks filter by. */
public final class OccupationFilters {

    public static final String SOC = "\\d{2}-\\d{4}";
    public static final String SOC_EXPECTED = "a SOC code such as 29-2072";
    public static final String REGION = "[A-Za-z]{2}|\\d{5}";
    public static final String REGION_EXPECTED = "a region code: US, a USPS code such as NJ or a metro area's CBSA "
            + "code such as 10900";

    private OccupationFilters() {
    }
}
