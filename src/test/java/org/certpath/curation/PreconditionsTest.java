package org.certpath.curation;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreconditionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"r3-0123456789abcdef01234567\"",
            "\"r2-aaaaaaaaaaaaaaaaaaaaaaaa\", \"r3-0123456789abcdef01234567\""})
    void shouldAcceptATagOfTheStoredVersion(String ifMatch) {
        assertDoesNotThrow(() -> Preconditions.requireMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"r2-0123456789abcdef01234567\"", "\"r33-0123456789abcdef01234567\"",
            "\"0123456789abcdef01234567\"", "\"r3\"", "garbage",
            "W/\"r3-0123456789abcdef01234567\"", "\"r03-0123456789abcdef01234567\"", "r3-0123456789abcdef01234567"})
    void shouldRefuseATagOfAnotherVersionOrShapeWith412(String ifMatch) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Preconditions.requireMatch(ifMatch, 3));
        assertEquals(412, problem.getStatusCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "*"})
    void shouldRequireATagWith428(String ifMatch) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Preconditions.requireMatch(ifMatch, 3));
        assertEquals(428, problem.getStatusCode());
    }

    @Test
    void shouldCompareWholeVersionsNotPrefixes() {
        assertThrows(HttpProblem.class, () -> Preconditions.requireMatch("\"r1-0123456789abcdef01234567\"", 12));
    }
}
