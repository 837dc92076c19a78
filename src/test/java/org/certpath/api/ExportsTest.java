package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bound of an export, checked on the count of the first chunk before a row is written. */
class ExportsTest {

    private record Row(long id) {
    }

    private final Exports exports = new Exports(new ObjectMapper());
    private final ListParams<Row> params = new ListParams<>(20, List.of(), "id", Optional.empty(), Set.of(), Optional.empty());

    private Response export(long matching, List<ListParams<Row>> asked) {
        return exports.csv("programs", params, page -> {
            asked.add(page);
            return new Listing.Slice<>(List.of(), matching, Optional.empty());
        }, rows -> rows, Row.class);
    }

    @Test
    void shouldRefuseMoreRowsThanTheMaximumWithAProblemThatSaysToNarrowTheFilters() {
        List<ListParams<Row>> asked = new ArrayList<>();
        HttpProblem problem = assertThrows(HttpProblem.class, () -> export(Exports.MAX_ROWS + 1, asked));
        assertEquals(400, problem.getStatusCode());
        assertEquals("urn:certpath:problem:export-too-large", problem.getType().toString());
        assertEquals(Exports.MAX_ROWS + 1L, problem.getParameters().get("matched"));
        assertEquals(Exports.MAX_ROWS, problem.getParameters().get("maxRows"));
        assertEquals(1, asked.size(), "one count before refusing");
    }

    @Test
    void shouldExportExactlyTheMaximumAsAnAttachmentReadInChunks() {
        List<ListParams<Row>> asked = new ArrayList<>();
        Response response = export(Exports.MAX_ROWS, asked);
        assertEquals(200, response.getStatus());
        assertEquals("attachment; filename=programs.csv", response.getHeaderString("Content-Disposition"));
        assertEquals("text/csv;charset=utf-8", response.getMediaType().toString());
        assertEquals(1, asked.size());
        assertEquals(Exports.CHUNK, asked.get(0).limit(), "read a chunk at a time, not the whole collection");
        assertTrue(Exports.CHUNK < Exports.MAX_ROWS);
    }
}
