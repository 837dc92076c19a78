package org.certpath.provenance;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceDatesTest {

    private static Optional<String> date(String asOf) {
        return SourceDates.of(asOf).map(Object::toString);
    }

    @Test
    void shouldReadTheDateAsPreciselyAsTheTextNamesIt() {
        assertEquals(Optional.of("2019"), date("2019 testing windows"));
        assertEquals(Optional.of("2026-06"), date("June 2026"));
        assertEquals(Optional.of("2022-07-19"), date("July 19, 2022"));
        assertEquals(Optional.of("2023-12-31"), date("as of 12/31/2023 (certified count)"));
        assertEquals(Optional.of("2015-10"), date("10/2015"));
        assertEquals(Optional.of("2024-05-01"), date("2024-05-01"));
    }

    @Test
    void shouldDateATextNamingSeveralDatesByTheNewest() {
        assertEquals(Optional.of("2025-05-01"), date("2025 codebooks (updated May 1, 2025)"));
        assertEquals(Optional.of("2020"), date("pass rates through 2020; 7,945 certified as of 12/31/19"));
    }

    @Test
    void shouldLeaveATextWithoutADateUndated() {
        assertEquals(Optional.empty(), date("CDI Strategies Vol 16 Issue 1"));
        assertEquals(Optional.empty(), date(""));
        assertEquals(Optional.empty(), date(null));
        assertEquals(Optional.of("2020"), date("13/2020 names no month, only its year"));
    }

    @Test
    void shouldOrderAYearBeforeAnyMonthOfIt() {
        assertEquals(-1, Integer.signum(SourceDates.of("2019").orElseThrow().compareTo(SourceDates.of("January 2019").orElseThrow())));
    }
}
