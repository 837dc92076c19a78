package org.certpath.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an O*NET text file: tabs without quoting, O*NET-SOC codes to SOC occupations, one list per occupation. */
class OnetFileTest {

    private static final String HEADER = "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\r\n";

    private record Read(Map<String, List<String>> lists, ImportReport.Tally tally, BadRows bad) {
    }

    private static Read read(OnetFile file, String text) throws CsvStream.Unreadable {
        BadRows bad = new BadRows();
        ImportReport.Tally tally = new ImportReport.Tally();
        OnetFile.Reading reading = file.new Reading(Set.of("29-2072", "29-9021"));
        boolean[] header = {false};
        CsvStream.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                CsvStream.Format.TSV, 100_000, Duration.ofSeconds(5), columns -> header[0] = reading.header(columns, bad), row -> {
                    if (header[0]) {
                        reading.parse(new Cells(row, bad), tally);
                    }
                });
        return new Read(reading.lists(), tally, bad);
    }

    @Test
    void shouldGroupTitlesBySocOccupationKeepingQuotesAsText() throws CsvStream.Unreadable {
        Read read = read(OnetFile.ALTERNATE_TITLES, HEADER
                + "29-2072.00\tMedical Records Specialists\t\"Chart Deficiency\" Analyst\tn/a\t10\r\n"
                + "29-9021.00\tHealth Information Technologists\tTumor Registrar\tn/a\t08\r\n"
                + "29-2072.00\tMedical Records Specialists\tCoder\tn/a\t08\r\n"
                + "29-1141.00\tRegistered Nurses\tCharge Nurse\tn/a\t08\r\n");
        assertTrue(read.bad().isEmpty());
        assertEquals(Map.of("29-2072", List.of("\"Chart Deficiency\" Analyst", "Coder"), "29-9021",
                List.of("Tumor Registrar")), read.lists());
        assertEquals(Map.of("occupation not tracked by this API", 1), read.tally().ignored);
    }

    @Test
    void shouldRefuseAnotherFilesHeaderAndRowsWithoutAnOnetSocCode() throws CsvStream.Unreadable {
        assertFalse(read(OnetFile.TASKS, HEADER + "29-2072.00\tMedical Records Specialists\tCoder\tn/a\t08\r\n")
                .bad().isEmpty());
        Read read = read(OnetFile.ALTERNATE_TITLES, HEADER + "29-2072\tMedical Records Specialists\tCoder\tn/a\t08\r\n");
        assertFalse(read.bad().isEmpty());
        assertTrue(read.lists().isEmpty());
    }

    @Test
    void shouldTellTasksApartByTheirId() throws CsvStream.Unreadable {
        String header = "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n";
        Read read = read(OnetFile.TASKS, header
                + "29-9021.00\tHIT\t1\tTrain staff.\tCore\t24\t08/2023\tIncumbent\n"
                + "29-9021.00\tHIT\t2\tTrain staff.\tSupplemental\tn/a\t08/2023\tAnalyst\n");
        assertTrue(read.bad().isEmpty(), "two tasks may say the same");
        assertEquals(List.of("Train staff.", "Train staff."), read.lists().get("29-9021"));
        assertFalse(read(OnetFile.TASKS, header + "29-9021.00\tHIT\t1\tA.\tCore\t1\t08/2023\tIncumbent\n"
                + "29-9021.00\tHIT\t1\tB.\tCore\t1\t08/2023\tIncumbent\n").bad().isEmpty());
    }
}
