package org.certpath.occupation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an O*NET list replaces one list of an occupation's titles or duties, leaving the others. */
class OnetListsTest {

    private static Occupation occupation() {
        Occupation occupation = new Occupation();
        occupation.replaceTitles("bls_ep", List.of("Medical Bill Coder", "Health Records Technician"));
        occupation.replaceTitles("onet_alternate", List.of("Coder", "Disability Rater", "Medical Bill Coder"));
        occupation.replaceDuties("OOH duty", List.of("Review records."));
        occupation.replaceDuties("O*NET task", List.of("Assign codes.", "Protect records."));
        occupation.replaceDuties("OOH duty 2", List.of("Use software."));
        return occupation;
    }

    private static List<String> kindsOf(Occupation occupation, String title) {
        return occupation.alternateTitles.stream().filter(t -> t.title.equals(title)).findFirst()
                .map(t -> List.of(t.kinds)).orElse(List.of());
    }

    @Test
    void shouldCountTitlesNewToTheOccupationNewToTheListKeptAndDropped() {
        Occupation occupation = occupation();
        Occupation.ListChange change = occupation.replaceTitles("onet_alternate",
                List.of("CODER", "Health Records Technician", "Chart Completion Coordinator"));
        assertEquals(new Occupation.ListChange(1, 1, 1, 2, true), change);
        assertEquals(List.of("onet_alternate"), kindsOf(occupation, "Coder"), "kept in its stored spelling");
        assertEquals(List.of("bls_ep", "onet_alternate"), kindsOf(occupation, "Health Records Technician"));
        assertEquals(List.of("bls_ep"), kindsOf(occupation, "Medical Bill Coder"), "another list still gives it");
        assertEquals(List.of(), kindsOf(occupation, "Disability Rater"), "no list gives it any more");
        assertEquals(List.of("onet_alternate"), kindsOf(occupation, "Chart Completion Coordinator"));
    }

    @Test
    void shouldChangeNothingWhenTheListIsTheSame() {
        Occupation occupation = occupation();
        Occupation.ListChange change = occupation.replaceTitles("onet_alternate",
                List.of("Coder", "Disability Rater", "Medical Bill Coder"));
        assertEquals(new Occupation.ListChange(0, 0, 3, 0, false), change);
        assertFalse(occupation.replaceDuties("O*NET task", List.of("Assign codes.", "Protect records.")).changed());
    }

    @Test
    void shouldReplaceTheDutiesOfOneListWhereTheyStood() {
        Occupation occupation = occupation();
        Occupation.ListChange change = occupation.replaceDuties("O*NET task",
                List.of("Protect records.", "Abstract cases.", "Assign codes."));
        assertEquals(new Occupation.ListChange(1, 0, 2, 0, true), change);
        assertEquals(List.of("Review records.", "Protect records.", "Abstract cases.", "Assign codes.", "Use software."),
                occupation.duties.stream().map(duty -> duty.text).toList());
    }

    @Test
    void shouldChangeTheOrderOfAListAloneAndAddANewListAfterTheOthers() {
        Occupation occupation = occupation();
        Occupation.ListChange reordered = occupation.replaceDuties("O*NET task", List.of("Protect records.", "Assign codes."));
        assertEquals(new Occupation.ListChange(0, 0, 2, 0, true), reordered);
        assertTrue(occupation.replaceDuties("Other", List.of("Last.")).changed());
        assertEquals("Last.", occupation.duties.get(occupation.duties.size() - 1).text);
        Occupation.ListChange dropped = occupation.replaceDuties("O*NET task", List.of());
        assertEquals(new Occupation.ListChange(0, 0, 0, 2, true), dropped);
        assertEquals(List.of("Review records.", "Use software.", "Last."),
                occupation.duties.stream().map(duty -> duty.text).toList());
    }
}
