package org.certpath.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceViewTest {

    private static final Set<String> KEY_FIELDS = Set.of("cost", "durationMonths");

    private static SourceView source(String asOf, List<String> fields) {
        return SourceView.of("program", "Example College", "Catalog", "https://example.edu/catalog", null, asOf,
                "institution", fields, null);
    }

    @Test
    void shouldDateARecordByTheOldestSourceOfItsKeyFigures() {
        assertEquals("2022-03", SourceView.oldestDate(List.of(source("2024-25 catalog", null),
                source("March 2022", List.of("notes", "cost")), source("2023", List.of("durationMonths"))), KEY_FIELDS));
    }

    @Test
    void shouldLeaveOutSourcesOfOtherFieldsAndUndatedOnes() {
        assertEquals("2024", SourceView.oldestDate(List.of(source("2019", List.of("notes")),
                source("capture date unknown", List.of("cost")), source(null, null), source("2024-25 catalog", null)),
                KEY_FIELDS));
        assertNull(SourceView.oldestDate(List.of(source("2019", List.of("notes")), source(null, List.of("cost"))),
                KEY_FIELDS));
        assertNull(SourceView.oldestDate(List.of(), KEY_FIELDS));
    }

    @Test
    void shouldTakeAYearAsOlderThanAMonthOfIt() {
        assertEquals("2022", SourceView.oldestDate(List.of(source("June 2022", null), source("2022", List.of("cost"))),
                KEY_FIELDS));
    }

    @Test
    void shouldKeepTheSourceButNameTheFieldsOneRecordCitesItFor() {
        SourceView whole = source("2024", null);
        SourceView cited = whole.withFields(List.of("cost"));
        assertEquals(List.of("cost"), cited.fields());
        assertEquals(whole, cited.withFields(null));
    }
}
