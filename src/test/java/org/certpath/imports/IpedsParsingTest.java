package org.certpath.imports;

import org.certpath.program.CipCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the IPEDS files' codes are read, without a server. */
class IpedsParsingTest {

    @Test
    void shouldReadCipCodesAsIpedsAndSpreadsheetsWriteThem() {
        assertEquals(Optional.of("51.0707"), CipCode.normalize("51.0707"));
        assertEquals(Optional.of("51.0707"), CipCode.normalize(" 510707 "));
        assertEquals(Optional.of("51.0710"), CipCode.normalize("51.071"));
        assertEquals(Optional.of("01.0101"), CipCode.normalize("1.0101"));
        assertEquals(Optional.of("01.0101"), CipCode.normalize("10101"));
        assertEquals(Optional.of("51.0000"), CipCode.normalize("51.0"));
    }

    @Test
    void shouldRefuseWhatIsNoSixDigitCipCode() {
        assertEquals(Optional.empty(), CipCode.normalize("99"));
        assertEquals(Optional.empty(), CipCode.normalize("51.07A7"));
        assertEquals(Optional.empty(), CipCode.normalize("51.07071"));
        assertEquals(Optional.empty(), CipCode.normalize("5107071"));
        assertEquals(Optional.empty(), CipCode.normalize(""));
        assertEquals(Optional.empty(), CipCode.normalize(null));
    }

    @Test
    void shouldMapEveryAwardLevelCodeToThisApisLevelOrNone() {
        assertEquals("certificate", IpedsFile.AwardLevel.of("1").orElseThrow().awardLevel);
        assertEquals("certificate", IpedsFile.AwardLevel.of("2").orElseThrow().awardLevel);
        assertEquals("associate", IpedsFile.AwardLevel.of("3").orElseThrow().awardLevel);
        assertEquals("certificate", IpedsFile.AwardLevel.of("4").orElseThrow().awardLevel);
        assertEquals("bachelor", IpedsFile.AwardLevel.of("5").orElseThrow().awardLevel);
        assertEquals("certificate", IpedsFile.AwardLevel.of("20").orElseThrow().awardLevel);
        assertEquals("certificate", IpedsFile.AwardLevel.of("21").orElseThrow().awardLevel);
        for (String graduate : new String[] {"6", "7", "8", "17", "18", "19"}) {
            assertEquals(null, IpedsFile.AwardLevel.of(graduate).orElseThrow().awardLevel, graduate);
        }
        assertEquals("Award of at least 12 weeks but less than one academic year (IPEDS award level 21)",
                IpedsFile.AwardLevel.of("21").orElseThrow().text());
    }

    @Test
    void shouldRefuseUnknownAwardLevelCodes() {
        assertEquals(Optional.empty(), IpedsFile.AwardLevel.of("9"));
        assertEquals(Optional.empty(), IpedsFile.AwardLevel.of("-2"));
        assertEquals(Optional.empty(), IpedsFile.AwardLevel.of("."));
        assertEquals(Optional.empty(), IpedsFile.AwardLevel.of(null));
    }

    @Test
    void shouldNameTheYearsOfTheFiles() {
        assertEquals("2023-24", IpedsFile.academicYear(2023));
        assertEquals("1999-00", IpedsFile.academicYear(1999));
        assertEquals("2022-23", IpedsCompletionsImport.awardYear(2023));
        assertEquals("C2023_A", IpedsCompletionsImport.file(2023).file());
        assertEquals("IC2023_AY", IpedsChargesImport.file(2023).file());
        assertEquals("HD2023", IpedsDirectoryImport.file(2023).file());
    }
}
