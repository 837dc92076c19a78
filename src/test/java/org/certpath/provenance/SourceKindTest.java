package org.certpath.provenance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceKindTest {

    @Test
    void shouldGradeOfficialIssuerAndDirectorySourcesHigh() {
        for (SourceKind kind : new SourceKind[] {SourceKind.OFFICIAL_STATISTICS, SourceKind.ISSUER,
                SourceKind.ISSUER_HANDBOOK, SourceKind.OFFICIAL_DIRECTORY}) {
            assertEquals(SourceKind.Confidence.HIGH, kind.confidenceFor("certification", "2025"), kind.name());
        }
    }

    @Test
    void shouldGradeAnInstitutionHighForItsOwnProgramOnly() {
        assertEquals(SourceKind.Confidence.HIGH, SourceKind.INSTITUTION.confidenceFor("program", "2024-25 catalog"));
        assertEquals(SourceKind.Confidence.MEDIUM, SourceKind.INSTITUTION.confidenceFor("certification", "2024"));
    }

    @Test
    void shouldGradeSecondarySourcesMediumAndMirrorsLow() {
        assertEquals(SourceKind.Confidence.MEDIUM, SourceKind.TRADE_PRESS.confidenceFor("program", "2024"));
        assertEquals(SourceKind.Confidence.MEDIUM, SourceKind.AGGREGATOR.confidenceFor("program", "2024"));
        assertEquals(SourceKind.Confidence.MEDIUM, SourceKind.SECONDARY.confidenceFor("program", "2024"));
        assertEquals(SourceKind.Confidence.LOW, SourceKind.MIRROR.confidenceFor("salary", "May 2024"));
    }

    @Test
    void shouldGradeAnyUndatedSourceLow() {
        for (SourceKind kind : SourceKind.values()) {
            assertEquals(SourceKind.Confidence.LOW, kind.confidenceFor("program", null), kind.name());
        }
    }

    @Test
    void shouldGradeASalarySurveyOfHoldersBelowOfficialStatistics() {
        assertEquals(SourceKind.Confidence.MEDIUM, SourceKind.ISSUER.confidenceFor(SourceKind.SALARY_SURVEY, "2022"));
        assertEquals(SourceKind.Confidence.MEDIUM,
                SourceKind.OFFICIAL_STATISTICS.confidenceFor(SourceKind.SALARY_SURVEY, "2022"));
        assertEquals(SourceKind.Confidence.LOW, SourceKind.SECONDARY.confidenceFor(SourceKind.SALARY_SURVEY, "2017"));
        assertEquals(SourceKind.Confidence.LOW, SourceKind.AGGREGATOR.confidenceFor(SourceKind.SALARY_SURVEY, "2025"));
        assertEquals(SourceKind.Confidence.LOW, SourceKind.MIRROR.confidenceFor(SourceKind.SALARY_SURVEY, "2025"));
        assertEquals(SourceKind.Confidence.LOW, SourceKind.ISSUER.confidenceFor(SourceKind.SALARY_SURVEY, null));
    }

    @Test
    void shouldRecogniseStagingAndTestHosts() {
        assertTrue(SourceKind.isStagingHost("https://cms-test.ahima.org/certification-careers/chps/"));
        assertTrue(SourceKind.isStagingHost("https://cms-qa.ahima.org/x"));
        assertTrue(SourceKind.isStagingHost("https://mbc-bv6.pages.dev/ccs"));
        assertFalse(SourceKind.isStagingHost("https://www.ahima.org/certification/cca.aspx"));
        assertFalse("https://cms-test.ahima.org/x".matches(SourceKind.OFFICIAL_URL));
        assertTrue("https://www.aapc.com/certification/cpc/".matches(SourceKind.OFFICIAL_URL));
    }

    @Test
    void shouldDeclareAKindForTheHostsOfTheReferenceData() {
        assertEquals(SourceKind.MIRROR, SourceKinds.forUrl("https://github.com/x/y/blob/z/file.csv").orElseThrow());
        assertEquals(SourceKind.INSTITUTION, SourceKinds.forUrl("https://catalog.mvcc.edu/current/x").orElseThrow());
        assertEquals(SourceKind.MIRROR, SourceKinds.forUrl("https://cms-test.ahima.org/chps").orElseThrow());
        assertEquals(SourceKind.ISSUER, SourceKinds.forUrl("https://www.ahima.org/certification/cca.aspx").orElseThrow());
        assertTrue(SourceKinds.forUrl("https://unknown.example/").isEmpty());
    }
}
