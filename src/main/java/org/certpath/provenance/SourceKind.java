package org.certpath.provenance;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a source is, declared on each source; the confidence of a reading follows from it and from
 * nothing else (no words of a note are parsed). One definition, used by the seed, the writes and the
 * reads, and documented in the README.
 */
public enum SourceKind {
    /** A statistical agency's own release or file (BLS OEWS, Employment Projections, O*NET). */
    OFFICIAL_STATISTICS,
    /** The credential issuer's own page. */
    ISSUER,
    /** The issuer's candidate handbook or guide. */
    ISSUER_HANDBOOK,
    /** A college or school's own catalog, program or tuition page: authoritative for its own programs only. */
    INSTITUTION,
    /** A government directory such as a state's eligible training provider list or COOL. */
    OFFICIAL_DIRECTORY,
    TRADE_PRESS,
    AGGREGATOR,
    SECONDARY,
    /** A copy of another publisher's document (a GitHub copy, a document-sharing site, a staging host). */
    MIRROR;

    /**
     * Hosts that are staging or test copies of a site: never an official address, always a mirror.
     * Also the negative look-ahead of {@link #OFFICIAL_URL}.
     */
    public static final String STAGING_HOST = "(cms-test\\.|cms-qa\\.|www-uat\\.)[^/\\s]*|[^/\\s]*\\.(pages\\.dev|matrixdev\\.net)";

    /** An http(s) URL that is not on a staging or test host. */
    public static final String OFFICIAL_URL = "(?i)(?!https?://(" + STAGING_HOST + ")(?:[:/?#]|$))https?://\\S+";

    private static final Pattern STAGING = Pattern.compile("(?i)" + STAGING_HOST);

    /**
     * The record type of a salary survey's figure for a credential's holders: what a survey of holders says is
     * trusted a grade below what its source is trusted for otherwise, and so always below official statistics.
     */
    public static final String SALARY_SURVEY = "salary_survey";

    /** The code written in files and sent on the wire, e.g. {@code official_statistics}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * How far a reading of a source of this kind is trusted for a record of the given type.
     * An undated source is low, whatever its kind; an institution is high for its own programs only; a salary
     * survey of a credential's holders is a grade lower than its source otherwise is ({@link #SALARY_SURVEY}).
     */
    public Confidence confidenceFor(String recordType, String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Confidence.LOW;
        }
        Confidence ofKind = switch (this) {
            case OFFICIAL_STATISTICS, ISSUER, ISSUER_HANDBOOK, OFFICIAL_DIRECTORY -> Confidence.HIGH;
            case INSTITUTION -> "program".equals(recordType) ? Confidence.HIGH : Confidence.MEDIUM;
            case TRADE_PRESS, AGGREGATOR, SECONDARY -> Confidence.MEDIUM;
            case MIRROR -> Confidence.LOW;
        };
        return SALARY_SURVEY.equals(recordType) ? ofKind.lower() : ofKind;
    }

    public static boolean isStagingHost(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host != null && STAGING.matcher(host).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The grade of a reading, computed by {@link #confidenceFor}. */
    public enum Confidence {
        HIGH, MEDIUM, LOW;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The next grade down; low stays low. */
        public Confidence lower() {
            return this == LOW ? LOW : values()[ordinal() + 1];
        }
    }
}
