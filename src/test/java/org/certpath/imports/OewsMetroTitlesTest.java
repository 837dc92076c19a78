package org.certpath.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OewsMetroTitlesTest {

    @Test
    void shouldReadTheStatesAfterTheLastCommaInTheTitlesOrder() {
        assertEquals(List.of("PA", "NJ"), MetroTitles.states("Allentown-Bethlehem-Easton, PA-NJ"));
        assertEquals(List.of("PA", "NJ", "DE", "MD"), MetroTitles.states("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD"));
        assertEquals(List.of("NJ"), MetroTitles.states("Trenton-Princeton, NJ"));
        assertEquals(List.of("DC", "VA", "MD", "WV"), MetroTitles.states("Washington-Arlington-Alexandria, DC-VA-MD-WV"));
    }

    @Test
    void shouldFindNoStatesInATitleOfAnotherForm() {
        assertEquals(List.of(), MetroTitles.states("Northern Pennsylvania nonmetropolitan area"));
        assertEquals(List.of(), MetroTitles.states("Allentown, Pennsylvania"));
        assertEquals(List.of(), MetroTitles.states("Allentown, PA-"));
        assertEquals(List.of(), MetroTitles.states("Allentown, PA-PA"));
        assertEquals(List.of(), MetroTitles.states(null));
    }
}
