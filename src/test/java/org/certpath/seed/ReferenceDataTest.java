package org.certpath.seed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference files themselves: every row names a source, every address is an absolute http(s) URL,
 * and no two rows contradict each other (the same key with different values, or a member fee above the
 * non-member fee).
 */
class ReferenceDataTest {

    /** Each file and the columns that make a row's key. */
    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("certifications.csv", List.of("acronym")),
            Map.entry("programs.csv", List.of("institution", "program_name", "state")),
            Map.entry("programs-staged.csv", List.of("institution", "program_name", "state")),
            Map.entry(V70__RevisePrograms.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V80__ReviseProgramsAgain.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V89__PublishedProgramLengths.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V90__RetireClosedProgramsAndStatedUnits.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V92__ProgramsInRhodeIslandVermontWyomingAndDc.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V94__ProgramChargesFromIpeds.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V95__CreditUnitsAndCbcsEligibility.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V96__LengthsPublishedAsRanges.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V98__CostsFromAYearsTuition.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V102__OneProgramListedTwice.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry(V106__ProgramOutsideTheField.PROGRAMS, List.of("institution", "program_name", "state")),
            Map.entry("salaries.csv", List.of("soc_code", "estimate_period", "geography", "industry")),
            Map.entry("outlook.csv", List.of("occupation_title", "geography", "projection_period")),
            Map.entry("duties.csv", List.of("soc_code", "source_kind", "seq")),
            Map.entry(V61__SeedStagedCredentials.CREDENTIALS, List.of("acronym")),
            Map.entry(V61__SeedStagedCredentials.SOURCES, List.of("acronym", "source_url", "as_of")),
            Map.entry(V81__ReviseCredentials.CREDENTIALS, List.of("acronym")),
            Map.entry(V81__ReviseCredentials.SOURCES, List.of("acronym", "source_url", "as_of")),
            Map.entry(V104__ReviseCredentialsFourthPass.CREDENTIALS, List.of("acronym")),
            Map.entry(V104__ReviseCredentialsFourthPass.SOURCES, List.of("acronym", "source_url", "as_of")),
            Map.entry(V105__CredentialsTheirIssuerRenamed.RENAMES, List.of("code")),
            Map.entry(V112__ReviseCredentialsFifthPass.CREDENTIALS, List.of("acronym")),
            Map.entry(V112__ReviseCredentialsFifthPass.SOURCES, List.of("acronym", "source_url", "as_of")),
            Map.entry(V112__ReviseCredentialsFifthPass.WITHDRAWALS, List.of("acronym", "source_url", "as_of")),
            Map.entry(V78__SeedCredentialSalaryEvidence.FILE, List.of("acronym", "source_url", "amount")));
    /** Each credentials file the seed loads, with the file of its sources. */
    private static final Map<String, String> CREDENTIAL_FILES = Map.of(
            V61__SeedStagedCredentials.CREDENTIALS, V61__SeedStagedCredentials.SOURCES,
            V81__ReviseCredentials.CREDENTIALS, V81__ReviseCredentials.SOURCES,
            V104__ReviseCredentialsFourthPass.CREDENTIALS, V104__ReviseCredentialsFourthPass.SOURCES,
            V112__ReviseCredentialsFifthPass.CREDENTIALS, V112__ReviseCredentialsFifthPass.SOURCES);
    private static final List<String> URL_COLUMNS = List.of("source_url", "original_publisher_url", "publisher_url",
            "tuition_url", "official_page_url", "official_url", "unit_url", "unit_publisher_url");
    /** The fields a credential's source may support: the paths of the Certification schema. */
    private static final Set<String> CREDENTIAL_FIELDS = Set.of("exam.feeMember", "exam.feeNonMember",
            "exam.feeIncludes", "exam.questions", "exam.minutes", "exam.delivery", "membership.name",
            "membership.requiredForExam", "membership.annualDues", "renewal.cycleYears", "renewal.ceUnits",
            "renewal.feeMember", "renewal.feeNonMember", "passRate", "eligibility.text", "name", "focus", "notes");

    @Test
    void shouldNameASourceOnEveryRow() {
        KEYS.keySet().forEach(file -> {
            List<Map<String, String>> rows = ReferenceCsv.read(file);
            for (int i = 0; i < rows.size(); i++) {
                String url = rows.get(i).get("source_url");
                assertTrue(url != null && !url.isBlank(), file + " row " + (i + 2) + " has no source");
            }
        });
    }

    @Test
    void shouldGiveEveryAddressAsAnAbsoluteHttpUrl() {
        KEYS.keySet().forEach(file -> {
            List<Map<String, String>> rows = ReferenceCsv.read(file);
            for (int i = 0; i < rows.size(); i++) {
                for (String column : URL_COLUMNS) {
                    String value = rows.get(i).get(column);
                    // Several addresses are separated by | (and by ; in some original-publisher cells).
                    for (String url : ReferenceCsv.split(value, "[|;]")) {
                        assertTrue(url.matches("https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?"),
                                file + " row " + (i + 2) + " " + column + ": '" + url + "'");
                    }
                }
            }
        });
    }

    @Test
    void shouldNeverHoldTwoRowsWithTheSameKeyAndDifferentValues() {
        KEYS.forEach((file, key) -> {
            Map<String, Map<String, String>> seen = new HashMap<>();
            for (Map<String, String> row : ReferenceCsv.read(file)) {
                String id = key.stream().map(column -> row.get(column).trim().toLowerCase(Locale.ROOT)).toList().toString();
                Map<String, String> earlier = seen.putIfAbsent(id, row);
                if (earlier != null) {
                    assertEquals(earlier, row, file + ": two rows for " + id);
                }
            }
        });
    }

    @Test
    void shouldGiveEveryStagedCredentialSourcesThatNameKnownFields() {
        CREDENTIAL_FILES.forEach((credentials, sourceFile) -> {
            List<Map<String, String>> sources = ReferenceCsv.read(sourceFile);
            for (Map<String, String> credential : ReferenceCsv.read(credentials)) {
                String acronym = credential.get("acronym");
                assertTrue(sources.stream().anyMatch(source -> acronym.equals(source.get("acronym"))),
                        credentials + ": " + acronym + " has no source");
            }
            for (Map<String, String> source : sources) {
                List<String> fields = ReferenceCsv.split(source.get("fields"), ";");
                assertFalse(fields.isEmpty(), "a source of " + source.get("acronym") + " supports no field");
                fields.forEach(field -> assertTrue(CREDENTIAL_FIELDS.contains(field), source.get("acronym") + ": " + field));
            }
        });
    }

    @Test
    void shouldReviseOnlyCredentialsTheStagedFileHas() {
        List<String> staged = ReferenceCsv.read(V61__SeedStagedCredentials.CREDENTIALS).stream()
                .map(row -> row.get("acronym")).toList();
        CREDENTIAL_FILES.keySet().stream().filter(file -> !file.equals(V61__SeedStagedCredentials.CREDENTIALS))
                .flatMap(revision -> ReferenceCsv.read(revision).stream()).forEach(row ->
                        assertTrue(staged.contains(row.get("acronym")), "revises no staged credential: " + row.get("acronym")));
    }

    @Test
    void shouldServeTheFeesTheSecondPassReadWithTheirSources() {
        Map<String, String> rhia = ReferenceCsv.read(V81__ReviseCredentials.CREDENTIALS).stream()
                .filter(row -> "RHIA".equals(row.get("acronym"))).findFirst().orElseThrow();
        assertEquals("229", rhia.get("exam_fee_member_usd"));
        assertEquals("299", rhia.get("exam_fee_nonmember_usd"));
        assertTrue(ReferenceCsv.read(V81__ReviseCredentials.SOURCES).stream().anyMatch(source ->
                "RHIA".equals(source.get("acronym")) && source.get("source_url").startsWith("https://open-exam-prep.com/")
                        && ReferenceCsv.split(source.get("fields"), ";").contains("exam.feeNonMember")));
    }

    @Test
    void shouldHoldNoStagedCredentialWhoseFiguresContradictEachOther() {
        for (Map<String, String> row : CREDENTIAL_FILES.keySet().stream().flatMap(file -> ReferenceCsv.read(file).stream())
                .toList()) {
            String acronym = row.get("acronym");
            assertNotAbove(row, "exam_fee_member_usd", "exam_fee_nonmember_usd");
            assertNotAbove(row, "renewal_fee_member_usd", "renewal_fee_nonmember_usd");
            assertNotAbove(row, "exam_questions_min", "exam_questions_max");
            BigDecimal rate = ReferenceCsv.decimal(row, "pass_rate_pct");
            if (rate != null) {
                assertTrue(rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0, acronym + ": pass rate " + rate);
                assertTrue(ReferenceCsv.text(row, "pass_rate_period") != null, acronym + ": pass rate without its period");
            }
            if ("true".equals(row.get("membership_required"))) {
                assertTrue(row.get("exam_fee_nonmember_usd").isBlank(), acronym + ": members only, yet a non-member fee");
            }
        }
    }

    /**
     * Every salary-survey figure of the research is loaded, none is picked over another, and each keeps the amount,
     * page, kind and date the research recorded; what a row adds (statistic, survey, year) is one of the values the
     * schema accepts, and a year is the date its page states.
     */
    @Test
    void shouldLoadEverySalarySurveyFigureOfTheResearchAsItWasRecorded() throws IOException {
        List<List<String>> researched = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Path.of("src/tools/staged-research/credential-facts.csv").toFile())) {
            rows.readAll().stream().filter(row -> "salary_survey_usd".equals(row.get("field")))
                    .forEach(row -> researched.add(List.of(row.get("acronym"), row.get("value"), row.get("source_url"),
                            row.get("source_title"), row.get("source_kind"), row.get("publisher_url"),
                            row.get("as_of"))));
        }
        List<Map<String, String>> loaded = ReferenceCsv.read(V78__SeedCredentialSalaryEvidence.FILE);
        assertEquals(researched, loaded.stream().map(row -> List.of(row.get("acronym"), row.get("amount"),
                row.get("source_url"), row.get("source_title"), row.get("source_kind"), row.get("publisher_url"),
                row.get("as_of"))).toList());
        for (Map<String, String> row : loaded) {
            String figure = row.get("acronym") + " " + row.get("amount");
            assertEquals("USD", row.get("currency"), figure);
            assertTrue(Set.of("mean", "median", "unknown").contains(row.get("statistic")), figure);
            assertEquals(row.get("as_of"), row.get("survey_year"), figure + ": the survey year is the page's date");
            assertEquals(row.get("survey").isBlank(), row.get("survey_year").isBlank(), figure);
            assertFalse(row.get("description").isBlank(), figure);
        }
    }

    private static void assertNotAbove(Map<String, String> row, String lower, String higher) {
        BigDecimal low = ReferenceCsv.decimal(row, lower);
        BigDecimal high = ReferenceCsv.decimal(row, higher);
        assertTrue(low == null || high == null || low.compareTo(high) <= 0,
                row.get("acronym") + ": " + lower + " " + low + " above " + higher + " " + high);
    }

    @Test
    void shouldEnrichOnlyProgramsThatExistAndAddNoProgramTwice() {
        List<String> existing = new ArrayList<>();
        ReferenceCsv.read("programs.csv").forEach(row -> existing.add(programKey(row)));
        for (Map<String, String> row : ReferenceCsv.read("programs-staged.csv")) {
            String enriches = row.get("enriches");
            if (enriches.isBlank()) {
                assertTrue(!existing.contains(programKey(row)), "staged program already in programs.csv: " + programKey(row));
            } else {
                String[] parts = enriches.split(" / ", 2);
                assertTrue(existing.contains(parts[0].toLowerCase(Locale.ROOT) + " / " + parts[1].toLowerCase(Locale.ROOT)
                        + " / " + row.get("state").toLowerCase(Locale.ROOT)), "enriches no existing program: " + enriches);
            }
        }
    }

    @Test
    void shouldReviseOnlyProgramsThatExistAndLinkOnlyKnownCredentialsWithAReason() {
        List<String> existing = new ArrayList<>();
        ReferenceCsv.read("programs.csv").forEach(row -> existing.add(programKey(row)));
        ReferenceCsv.read("programs-staged.csv").stream().filter(row -> row.get("enriches").isBlank())
                .forEach(row -> existing.add(programKey(row)));
        List<Map<String, String>> revisions = new ArrayList<>(ReferenceCsv.read(V70__RevisePrograms.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V80__ReviseProgramsAgain.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V89__PublishedProgramLengths.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V90__RetireClosedProgramsAndStatedUnits.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V92__ProgramsInRhodeIslandVermontWyomingAndDc.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V94__ProgramChargesFromIpeds.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V95__CreditUnitsAndCbcsEligibility.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V96__LengthsPublishedAsRanges.PROGRAMS));
        revisions.addAll(ReferenceCsv.read(V98__CostsFromAYearsTuition.PROGRAMS));
        for (Map<String, String> row : revisions) {
            boolean exists = existing.contains(programKey(row));
            assertTrue(List.of("add", "fill", "correct", "retire").contains(row.get("mode")), "mode of " + programKey(row));
            assertEquals(!"add".equals(row.get("mode")), exists, row.get("mode") + " " + programKey(row));
            if ("add".equals(row.get("mode"))) {
                existing.add(programKey(row));
            }
            if ("retire".equals(row.get("mode"))) {
                assertTrue(!row.get("notes").isBlank(), "no evidence for retiring " + programKey(row));
                existing.remove(programKey(row));
            }
        }
        List<String> credentials = new ArrayList<>(ReferenceCsv.read("certifications.csv").stream()
                .map(row -> row.get("acronym")).toList());
        // V61 adds the credentials the first pass did not have (CIC, CPMA, ...).
        ReferenceCsv.read(V61__SeedStagedCredentials.CREDENTIALS).forEach(row -> credentials.add(row.get("acronym")));
        List<String> programs = existing.stream().map(key -> key.substring(0, key.lastIndexOf(" / "))).toList();
        List<Map<String, String>> links = new ArrayList<>(ReferenceCsv.read(V70__RevisePrograms.LINKS));
        links.addAll(ReferenceCsv.read(V80__ReviseProgramsAgain.LINKS));
        links.addAll(ReferenceCsv.read(V95__CreditUnitsAndCbcsEligibility.LINKS));
        for (Map<String, String> link : links) {
            String program = (link.get("institution") + " / " + link.get("program_name")).toLowerCase(Locale.ROOT);
            assertTrue(programs.contains(program), "link to no program: " + program);
            assertTrue(credentials.contains(link.get("credential")), "unknown credential " + link.get("credential"));
            assertTrue("unlink".equals(link.get("action")) && link.get("reason").isBlank() || "link".equals(link.get("action"))
                    && List.of("eligibility", "exam_prep", "voucher_included").contains(link.get("reason")),
                    "action and reason of " + program);
            assertTrue(!link.get("evidence").isBlank(), "no evidence for " + program);
        }
    }

    @Test
    void shouldTitleEachPageOnceWithATitleOfItsOwn() {
        Set<String> pages = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Map<String, String> row : ReferenceCsv.read(V101__OnePageOneTitle.TITLES)) {
            String url = row.get("url");
            String title = row.get("title");
            assertTrue(url.matches("https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?"), "not an absolute http(s) URL: " + url);
            assertTrue(pages.add(url), "titled twice: " + url);
            assertTrue(titles.add(title.toLowerCase(Locale.ROOT)), "two pages titled " + title);
            assertFalse(title.isBlank() || title.startsWith("mixed") || title.contains(" + ") || title.contains("; "),
                    "not one page's title: " + title);
            assertTrue(List.of("page", "earlier reading", "described").contains(row.get("title_basis")),
                    "basis of " + url);
        }
    }

    @Test
    void shouldRedateEachReadingOfAPageOnce() {
        Set<String> readings = new HashSet<>();
        for (Map<String, String> row : ReferenceCsv.read(V101__OnePageOneTitle.DATES)) {
            assertFalse(row.get("as_of_read").equals(row.get("as_of")), "redated to the same date: " + row.get("url"));
            assertTrue(readings.add(row.get("url") + " " + row.get("as_of_read")), "redated twice: " + row.get("url"));
            assertFalse(row.get("note").isBlank(), "no reason to redate " + row.get("url"));
        }
    }

    private static String programKey(Map<String, String> row) {
        return (row.get("institution").trim() + " / " + row.get("program_name").trim() + " / " + row.get("state").trim())
                .toLowerCase(Locale.ROOT);
    }
}
