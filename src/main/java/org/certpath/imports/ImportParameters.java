package org.certpath.imports;

import jakarta.validation.constraints.NotNull;
import org.certpath.api.parameters.Bool;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.QueryBean;
import org.certpath.api.parameters.Report;
import org.certpath.api.parameters.Values;
import org.jboss.resteasy.reactive.RestQuery;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What every import takes: whether to check the file only. */
public class ImportParameters extends QueryBean {

    @RestQuery
    @Bool
    String dryRun;

    boolean dryRun() {
        return Values.bool(dryRun).orElse(false);
    }

    /** An import of an official file, which may name where the file came from and its date. */
    public static class OfficialFile extends ImportParameters {

        @RestQuery
        @Matches(regexp = "https?://\\S{1,2000}", expected = "an http(s) URL")
        String sourceUrl;

        @RestQuery
        @Matches(regexp = "[^\\p{Cntrl}]{1,300}", expected = "a date or edition of at most 300 characters")
        String asOf;

        Optional<String> sourceUrl() {
            return Values.text(sourceUrl);
        }

        Optional<String> asOf() {
            return Values.text(asOf);
        }
    }

    /** An OEWS file: one edition. */
    public static class Oews extends OfficialFile {

        @RestQuery
        @NotNull(message = "Required: an OEWS edition such as 2024-05.")
        @Matches(regexp = "\\d{4}-(0[1-9]|1[0-2])", expected = "an OEWS edition such as 2024-05")
        String edition;

        String edition() {
            return edition.trim();
        }
    }

    /** An Employment Projections export: one projection period. */
    public static class Projections extends OfficialFile {

        @RestQuery
        @NotNull(message = "Required: a projection period such as 2024-2034.")
        @Matches(regexp = "\\d{4}-\\d{4}", expected = "a projection period such as 2024-2034")
        String period;

        @Override
        protected void check(Report report) {
            super.check(report);
            String value = period == null ? "" : period.trim();
            if (value.matches("\\d{4}-\\d{4}") && value.substring(0, 4).compareTo(value.substring(5)) >= 0) {
                report.invalid("period", "The projected year must come after the base year.");
            }
        }

        String period() {
            return period.trim();
        }
    }

    /** An IPEDS file: the year in its name, 2023 for HD2023, IC2023_AY and C2023_A. */
    public static class Ipeds extends OfficialFile {

        @RestQuery
        @NotNull(message = "Required: the year in the IPEDS file's name, such as 2023 for HD2023.")
        @Matches(regexp = "(19|20)\\d{2}", expected = "the year in the IPEDS file's name, such as 2023")
        String year;

        /** How the file is encoded: UTF-8 unless the operator names the Windows code page a file came in. */
        @RestQuery
        @Matches(regexp = "(?i)utf-8|windows-1252", expected = "utf-8 or windows-1252")
        String encoding;

        int year() {
            return Integer.parseInt(year.trim());
        }

        Charset encoding() {
            return Values.text(encoding).map(Charset::forName).orElse(StandardCharsets.UTF_8);
        }
    }

    /** An O*NET database text file: one release of the database. */
    public static class Onet extends OfficialFile {

        @RestQuery
        @NotNull(message = "Required: the O*NET database release, such as 29.3.")
        @Matches(regexp = "\\d{1,2}\\.\\d", expected = "an O*NET database release such as 29.3")
        String release;

        String release() {
            return release.trim();
        }
    }
}
