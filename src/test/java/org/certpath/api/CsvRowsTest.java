package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV cells read from records by their accessors, each as the API's JSON writes the value. */
class CsvRowsTest {

    record Link(String code, String reason) {
    }

    record Source(String publisher, String url, LocalDate asOf) {
    }

    record Item(long id, String name, BigDecimal figure, Boolean flag, Money cost, List<String> tags, List<Link> links,
                OffsetDateTime updatedAt, JsonNode extra, List<Source> sources) {
    }

    /** As Quarkus configures the API's mapper (ISO instants, no time zone set), with the API's own figures. */
    private final ObjectMapper json = json();

    private static ObjectMapper json() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        new JsonConfiguration().customize(mapper);
        return mapper;
    }

    private final Item item = new Item(7, "=HYPERLINK(\"x\")", new BigDecimal("50250.00"), true,
            new Money(new BigDecimal("4350.50"), "USD"), List.of("rhit", "-cca"),
            List.of(new Link("rhit", "eligibility"), new Link("cca", null)),
            OffsetDateTime.of(2026, 11, 30, 18, 0, 0, 0, ZoneOffset.ofHours(-5)),
            json.createObjectNode().put("name", "x").put("count", 2),
            List.of(new Source("BLS", "https://www.bls.gov/oes/", LocalDate.of(2025, 4, 2)),
                    new Source("College", "https://example.edu/", null)));

    private List<List<String>> csv(Set<String> fields, List<?> items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows rows = new CsvRows(json, Item.class, fields, out)) {
            rows.write(items);
        }
        CsvMapper reader = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> parsed = new ArrayList<>();
        try (var it = reader.readerForListOf(String.class).<List<String>>readValues(out.toString(StandardCharsets.UTF_8))) {
            it.forEachRemaining(parsed::add);
        }
        return parsed;
    }

    @Test
    void shouldFlattenNestedRecordsListsAndSourcesIntoNamedColumns() throws Exception {
        List<List<String>> rows = csv(Set.of(), List.of(item));
        assertEquals(List.of("id", "name", "figure", "flag", "cost.amount", "cost.currency", "tags", "links.code",
                "links.reason", "updatedAt", "extra", "sourcePublisher", "sourceUrl", "sourceAsOf", "sourceCount"),
                rows.get(0));
        assertEquals(List.of("7", "'=HYPERLINK(\"x\")", "50250", "true", "4350.5", "USD", "rhit; -cca", "rhit; cca",
                "eligibility; ", "2026-11-30T18:00:00-05:00", "name=x, count=2", "BLS", "https://www.bls.gov/oes/",
                "2025-04-02", "2"), rows.get(1));
    }

    @Test
    void shouldWriteEveryScalarAsItsJsonReads() throws Exception {
        List<String> header = csv(Set.of(), List.of(item)).get(0);
        List<String> row = csv(Set.of(), List.of(item)).get(1);
        JsonNode tree = json.valueToTree(item);
        for (String column : List.of("id", "figure", "flag", "cost.amount", "cost.currency", "updatedAt")) {
            assertEquals(tree.at("/" + column.replace('.', '/')).asText(), row.get(header.indexOf(column)), column);
        }
    }

    @Test
    void shouldLeaveCellsOfAbsentValuesEmptyAndKeepOnlyTheFieldsAsked() throws Exception {
        Item empty = new Item(8, "plain", null, null, null, List.of(), List.of(), null, null, List.of());
        List<List<String>> rows = csv(Set.of("id", "cost.amount", "links", "sources"), List.of(empty));
        assertEquals(List.of("id", "cost.amount", "links.code", "links.reason", "sourcePublisher", "sourceUrl",
                "sourceAsOf", "sourceCount"), rows.get(0));
        assertEquals(List.of("8", "", "", "", "", "", "", "0"), rows.get(1));
    }

    @Test
    void shouldWriteEachRowsOwnTimeWhenTimesRepeatAndAlternate() throws Exception {
        OffsetDateTime first = item.updatedAt();
        OffsetDateTime second = first.plusNanos(1_500_000);
        OffsetDateTime sameInstantElsewhere = first.withOffsetSameInstant(ZoneOffset.UTC);
        List<OffsetDateTime> times = Arrays.asList(first, first, second, first, null, sameInstantElsewhere, second);
        List<Item> items = times.stream().map(time -> new Item(1, "x", null, null, null, List.of(), List.of(), time, null,
                List.of())).toList();
        List<List<String>> rows = csv(Set.of("updatedAt"), items);
        for (int i = 0; i < times.size(); i++) {
            assertEquals(times.get(i) == null ? "" : json.valueToTree(times.get(i)).asText(), rows.get(i + 1).get(0),
                    "row " + i);
        }
        assertEquals("2026-11-30T23:00:00Z", rows.get(6).get(0));
    }

    record Text(String text) {
    }

    /**
     * The bytes are those Jackson's CSV generator writes with strict quoting through a UTF-8 writer, for text of
     * commas, quotes, line breaks, letters outside ASCII, pairs of surrogates and lone ones, and for plain ASCII, in cells
     * short and long (longer than the writer's buffer).
     */
    @Test
    void shouldWriteTheBytesOfJacksonsStrictCsvForAnyText() throws Exception {
        char[] alphabet = {'a', 'Z', '7', ' ', ',', '"', '\n', '\r', ';', '\'', 'é', 'ß', '€', '中', '\uD83D', '\uDE00', '\t'};
        Random random = new Random(20261202);
        for (int round = 0; round < 200; round++) {
            List<Text> texts = new ArrayList<>();
            for (int row = 0; row < 1 + random.nextInt(40); row++) {
                StringBuilder text = new StringBuilder();
                // Half the cells plain ASCII, some longer than the writer's buffer.
                int letters = random.nextBoolean() ? 4 : alphabet.length;
                int length = random.nextInt(10) == 0 ? 40_000 : random.nextBoolean() ? 8 : 3000;
                for (int i = random.nextInt(length); i > 0; i--) {
                    text.append(alphabet[random.nextInt(letters)]);
                }
                texts.add(new Text(text.toString()));
            }
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            try (CsvRows rows = new CsvRows(json, Text.class, Set.of(), ours)) {
                rows.write(texts);
            }
            ByteArrayOutputStream jacksons = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(jacksons, StandardCharsets.UTF_8);
                 JsonGenerator csv = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).getFactory()
                         .createGenerator(writer)) {
                csv.setSchema(CsvSchema.emptySchema());
                csv.writeStartArray();
                csv.writeString("text");
                csv.writeEndArray();
                for (Text text : texts) {
                    csv.writeStartArray();
                    csv.writeString(CsvRows.inert(text.text()));
                    csv.writeEndArray();
                }
            }
            assertArrayEquals(jacksons.toByteArray(), ours.toByteArray(), "round " + round);
        }
    }
}
