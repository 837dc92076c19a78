package org.certpath.pathway;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PremiumTest {

    private static PathwayList.Evidence survey(int year, String amount) {
        return new PathwayList.Evidence("mean", new Money(new BigDecimal(amount), "USD"),
                "AAPC " + year + " Salary Survey", year, "A page quoting the survey.",
                SourceView.of("salary_survey", "AAPC", "A page", "https://example.org/a", null, String.valueOf(year),
                        "secondary", null, null));
    }

    @Test
    void shouldSayPlainlyThatNoPremiumIsMeasuredWhenNoSurveyIsLoaded() {
        PathwayList.Premium premium = PathwayList.Premium.of(List.of());
        assertFalse(premium.measured());
        assertEquals(List.of(), premium.evidence());
        assertEquals("No source measures a pay premium for the credential itself, and no salary survey of its holders "
                + "is loaded. The paths are what the occupation pays the people who work in it, credentialed or not.",
                premium.note());
    }

    @Test
    void shouldShowSurveysOfHoldersAsEvidenceWithoutCallingThemAMeasuredPremium() {
        List<PathwayList.Evidence> surveys = List.of(survey(2025, "67147.00"), survey(2017, "54106.00"));
        PathwayList.Premium premium = PathwayList.Premium.of(surveys);
        assertFalse(premium.measured());
        assertEquals(surveys, premium.evidence());
        assertEquals("No source measures a pay premium for the credential itself. 2 salary surveys report what its "
                + "holders earn (see evidence), which is not a premium: holders differ from non-holders in experience "
                + "and role, and no survey compares them. The paths are what the occupation pays the people who work "
                + "in it, credentialed or not. The surveys change no figure.", premium.note());
        assertTrue(PathwayList.Premium.of(surveys.subList(0, 1)).note()
                .contains(" 1 salary survey reports what its holders earn "));
    }

    @Test
    void shouldSayWhyASurveyIsTrustedLessAndWhyAnUndatedOneIsLow() {
        String dated = SalaryEvidenceRepository.confidenceNote("2022");
        assertTrue(dated.contains("a step below what its source's kind is trusted for otherwise, and so below "
                + "official statistics"), dated);
        assertFalse(dated.contains("undated"), dated);
        assertTrue(SalaryEvidenceRepository.confidenceNote(null)
                .endsWith("The page names no survey year: undated, so low."));
    }
}
