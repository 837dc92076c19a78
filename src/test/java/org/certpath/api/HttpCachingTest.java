package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HttpCachingTest {

    @Test
    void shouldWriteLastModifiedAsAnImfFixdateInGmt() {
        OffsetDateTime time = OffsetDateTime.of(2026, 12, 1, 2, 3, 4, 987_000_000, ZoneOffset.ofHours(5));
        // Two-digit day, GMT, whole seconds; the day before in GMT, as the offset puts it.
        assertEquals("Mon, 30 Nov 2026 21:03:04 GMT", HttpCaching.httpDate(time));
        assertEquals("Sat, 05 Jan 2030 00:00:00 GMT",
                HttpCaching.httpDate(OffsetDateTime.of(2030, 1, 5, 0, 0, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void shouldReadBackAsTheSameSecondWithAnHttpDateParser() {
        for (long second = 0; second < 4_000_000_000L; second += 86_399_999L) {
            OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneOffset.ofHours(-7));
            ZonedDateTime read = ZonedDateTime.parse(HttpCaching.httpDate(time), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertEquals(time.toInstant(), read.toInstant());
        }
    }
}
