package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns response records into what a client asked for: a sparse fieldset of the JSON, or CSV rows
 * whose columns come from the record's structure, so the header is the same on every page, empty
 * or not.
 */
public final class Representation {

    /** Quotes only where CSV needs it; Jackson would otherwise quote every long value. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final ConcurrentMap<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

    private Representation() {
    }

    /** The top-level JSON field names of a response record, in declaration order. */
    public static List<String> fieldNames(Class<? extends Record> view) {
        return FIELDS.computeIfAbsent(view, type -> Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).toList());
    }

    /** Keeps only the requested top-level fields of each item; all of them when none is requested. */
    public static List<?> select(ObjectMapper json, List<?> items, Set<String> fields) {
        if (fields.isEmpty()) {
            return items;
        }
        List<ObjectNode> selected = new ArrayList<>(items.size());
        for (Object item : items) {
            ObjectNode node = json.valueToTree(item);
            node.retain(fields);
            selected.add(node);
        }
        return selected;
    }

    /** CSV with a header row: nested records become dotted columns, lists one cell. */
    public static String csv(ObjectMapper json, Class<? extends Record> view, List<?> items, Set<String> fields) {
        List<String> columns = new ArrayList<>();
        for (RecordComponent component : view.getRecordComponents()) {
            if (fields.isEmpty() || fields.contains(component.getName())) {
                columns(component, "", columns);
            }
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writer(CsvSchema.emptySchema()).writeValues(out)) {
            writer.write(columns.toArray(String[]::new));
            for (Object item : items) {
                JsonNode node = json.valueToTree(item);
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = cell(node.at("/" + columns.get(i).replace('.', '/')));
                }
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void columns(RecordComponent component, String prefix, List<String> columns) {
        Class<?> type = component.getType();
        String name = prefix + component.getName();
        if (type.isRecord()) {
            for (RecordComponent nested : type.getRecordComponents()) {
                columns(nested, name + ".", columns);
            }
        } else {
            columns.add(name);
        }
    }

    private static String cell(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            node.forEach(element -> joined.add(element.isValueNode() ? element.asText() : element.toString()));
            return inert(joined.toString());
        }
        if (node.isNumber()) {
            return node.asText();
        }
        return inert(node.isValueNode() ? node.asText() : node.toString());
    }

    /**
     * Text a spreadsheet would run as a formula (OWASP CSV injection: a cell starting with =, +, -, @,
     * tab or carriage return) gets a leading apostrophe, which spreadsheets show as text and do not
     * run. Numbers are left alone: a negative change is a number, not a formula.
     */
    static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
