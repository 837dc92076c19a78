package org.certpath.api.parameters;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name an unknown query parameter most likely meant, read from the declared names alone. */
class ParametersTest {

    private static final List<String> PROGRAMS = List.of("certification", "state", "servingState", "deliveryMode",
            "awardLevel", "minDurationMonths", "maxDurationMonths", "maxCost", "accredited", "q", "limit", "cursor",
            "sort", "fields", "updatedSince");

    @Test
    void shouldSuggestTheNameThatGainedAWordOrLostATypo() {
        assertEquals(Optional.of("maxDurationMonths"), Parameters.closest("maxMonths", PROGRAMS));
        assertEquals(Optional.of("minDurationMonths"), Parameters.closest("minMonths", PROGRAMS));
        assertEquals(Optional.of("deliveryMode"), Parameters.closest("mode", PROGRAMS));
        assertEquals(Optional.of("awardLevel"), Parameters.closest("award", PROGRAMS));
        assertEquals(Optional.of("certification"), Parameters.closest("certifications", PROGRAMS));
        assertEquals(Optional.of("maxCost"), Parameters.closest("maxcost", PROGRAMS));
        assertEquals(Optional.of("state"), Parameters.closest("stat", PROGRAMS));
    }

    @Test
    void shouldSuggestTheNameAnotherCollectionGivesTheSameThing() {
        List<String> pathways = List.of("certification", "region", "currentSalary", "currentOccupation", "member",
                "whileWorking", "horizonYears", "discountRate", "deliveryMode", "maxTotalCost", "maxMonthsToCredential",
                "sort", "limit", "cursor");
        assertEquals(Optional.of("region"), Parameters.closest("state", pathways));
        assertEquals(Optional.of("state"), Parameters.closest("region", PROGRAMS));
        assertEquals(Optional.of("certification"), Parameters.closest("credential", pathways));
        assertEquals(Optional.of("soc"), Parameters.closest("occupation", List.of("soc", "region", "edition")));
        // Only a name the endpoint declares.
        assertEquals(Optional.empty(), Parameters.closest("occupation", PROGRAMS));
    }

    @Test
    void shouldSuggestNothingWhenNoNameStandsOut() {
        assertEquals(Optional.empty(), Parameters.closest("banana", PROGRAMS));
        assertEquals(Optional.empty(), Parameters.closest("x", PROGRAMS));
        // Both duration bounds contain "months" alike: neither is the one meant.
        assertEquals(Optional.empty(), Parameters.closest("months", PROGRAMS));
        // Letters in order, but from no word's start: discountRate is not what "state" meant.
        assertEquals(Optional.empty(), Parameters.closest("state", List.of("discountRate", "sort", "limit")));
    }

    @Test
    void shouldNameTheSuggestionAndTheAllowedNamesInTheReason() {
        String reason = Parameters.unknownReason("maxMonths", PROGRAMS);
        assertTrue(reason.startsWith("Unknown parameter; did you mean maxDurationMonths? Allowed: "), reason);
        assertTrue(Parameters.unknownReason("banana", PROGRAMS).startsWith("Unknown parameter. Allowed: "));
        assertEquals("This endpoint takes no query parameters.", Parameters.unknownReason("x", List.of()));
    }

    @Test
    void shouldCountEditsLikeLevenshtein() {
        assertEquals(0, Parameters.editDistance("state", "state"));
        assertEquals(1, Parameters.editDistance("stat", "state"));
        assertEquals(3, Parameters.editDistance("kitten", "sitting"));
        assertEquals(5, Parameters.editDistance("", "state"));
    }
}
