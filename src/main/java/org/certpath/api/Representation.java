package org.certpath.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Turns response records into what a client asked for: a sparse fieldset of the JSON, or CSV rows
 * whose columns come from the record's structure, so the header is the same whatever the rows.
 */
public final class Representation {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Quotes only where CSV needs it; Jackson would otherwise quote every long value. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final ConcurrentMap<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Class<?>, List<String>> NESTED_FIELDS = new ConcurrentHashMap<>();

    private Representation() {
    }

    /** The top-level JSON field names of a response record, in declaration order. */
    public static List<String> fieldNames(Class<? extends Record> view) {
        return FIELDS.computeIfAbsent(view, type -> Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).toList());
    }

    /**
     * The fields one level down that a sparse fieldset may name as {@code parent.child} (such as
     * {@code annual.median}), so that every figure a filter or sort reads can be asked for alone.
     */
    public static List<String> nestedFieldNames(Class<? extends Record> view) {
        return NESTED_FIELDS.computeIfAbsent(view, type -> Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getType().isRecord())
                .flatMap(component -> Arrays.stream(component.getType().getRecordComponents())
                        .map(nested -> component.getName() + "." + nested.getName()))
                .toList());
    }

    /**
     * Keeps only the requested fields of each item, top-level ({@code annual}) or one level down
     * ({@code annual.median}); all of them when none is requested.
     */
    public static List<?> select(ObjectMapper json, List<?> items, Set<String> fields) {
        if (fields.isEmpty()) {
            return items;
        }
        Map<String, Set<String>> children = new LinkedHashMap<>();
        for (String field : fields) {
            int dot = field.indexOf('.');
            if (dot < 0) {
                children.put(field, Set.of());
            } else {
                children.computeIfAbsent(field.substring(0, dot), parent -> new LinkedHashSet<>())
                        .add(field.substring(dot + 1));
            }
        }
        List<ObjectNode> selected = new ArrayList<>(items.size());
        for (Object item : items) {
            ObjectNode node = json.valueToTree(item);
            node.retain(children.keySet());
            children.forEach((parent, named) -> {
                // A parent named whole keeps all of itself, even when one of its fields is also named.
                if (!fields.contains(parent) && node.get(parent) instanceof ObjectNode nested) {
                    nested.retain(named);
                }
            });
            selected.add(node);
        }
        return selected;
    }

    /**
     * The CSV of a collection, written as it is read: a header row, then rows added page by page, so
     * that an export never holds more than one page of records. Flattened so that a cell never holds
     * JSON: a nested record becomes dotted columns ({@code cost.amount}); a list of values one cell
     * joined with {@value #JOINER}; a list of records one column per component, each cell the
     * components of every element joined the same way; sources the first source's publisher, url and
     * as-of, and their count.
     */
    public static final class CsvRows implements AutoCloseable {

        private final ObjectMapper json;
        private final List<Column> columns;
        private final SequenceWriter writer;

        public CsvRows(ObjectMapper json, Class<? extends Record> view, Set<String> fields, Writer out) {
            this.json = json;
            this.columns = new ArrayList<>();
            for (RecordComponent component : view.getRecordComponents()) {
                String name = component.getName();
                List<String> within = fields.stream().filter(field -> field.startsWith(name + ".")).toList();
                if (fields.isEmpty() || fields.contains(name) || !within.isEmpty()) {
                    List<Column> all = new ArrayList<>();
                    columns(name, component.getType(), component.getGenericType(), all);
                    all.stream().filter(column -> fields.isEmpty() || fields.contains(name)
                            || within.stream().anyMatch(column::isWithin)).forEach(columns::add);
                }
            }
            try {
                this.writer = CSV.writer(CsvSchema.emptySchema()).writeValues(out);
                writer.write(columns.stream().map(Column::name).toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void write(List<?> items) {
            try {
                for (Object item : items) {
                    JsonNode node = json.valueToTree(item);
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = columns.get(i).cell(node);
                    }
                    writer.write(row);
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Between the values of one cell that holds a list. */
    public static final String JOINER = "; ";

    /** The list of sources of a record, flattened to its first source and a count. */
    private static final String SOURCES = "sources";

    /** One CSV column: its header and how its cell is read from the JSON of an item. */
    private record Column(String name, Function<JsonNode, String> reader) {
        String cell(JsonNode item) {
            return reader.apply(item);
        }

        /** Whether a requested field is this column or holds it ({@code annual.median} holds {@code annual.median.amount}). */
        boolean isWithin(String field) {
            return name.equals(field) || name.startsWith(field + ".");
        }
    }

    /** Pointers are compiled once per column, not once per cell: an export reads hundreds of thousands of cells. */
    private static void columns(String path, Class<?> type, Type generic, List<Column> columns) {
        String at = "/" + path.replace('.', '/');
        JsonPointer pointer = JsonPointer.compile(at);
        if (path.equals(SOURCES)) {
            JsonPointer publisher = JsonPointer.compile(at + "/0/publisher");
            JsonPointer url = JsonPointer.compile(at + "/0/url");
            JsonPointer asOf = JsonPointer.compile(at + "/0/asOf");
            columns.add(new Column("sourcePublisher", item -> cell(item.at(publisher))));
            columns.add(new Column("sourceUrl", item -> cell(item.at(url))));
            columns.add(new Column("sourceAsOf", item -> cell(item.at(asOf))));
            columns.add(new Column("sourceCount", item -> String.valueOf(item.at(pointer).size())));
        } else if (type.isRecord()) {
            for (RecordComponent nested : type.getRecordComponents()) {
                columns(path + "." + nested.getName(), nested.getType(), nested.getGenericType(), columns);
            }
        } else if (List.class.isAssignableFrom(type) && elementType(generic).isRecord()) {
            for (RecordComponent nested : elementType(generic).getRecordComponents()) {
                String name = nested.getName();
                columns.add(new Column(path + "." + name, item -> {
                    JsonNode list = item.at(pointer);
                    StringJoiner joined = new StringJoiner(JOINER);
                    list.forEach(element -> joined.add(text(element.get(name))));
                    return list.isEmpty() ? "" : inert(joined.toString());
                }));
            }
        } else {
            columns.add(new Column(path, item -> cell(item.at(pointer))));
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    private static String cell(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(JOINER);
            node.forEach(element -> joined.add(text(element)));
            return inert(joined.toString());
        }
        return inert(text(node));
    }

    /** A value within a cell as text: a list's values joined by commas, an object's as name=value pairs. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(", ");
            node.forEach(element -> joined.add(text(element)));
            return joined.toString();
        }
        if (node.isObject()) {
            StringJoiner joined = new StringJoiner(", ");
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    joined.add(field.getKey() + "=" + text(field.getValue()));
                }
            });
            return joined.toString();
        }
        return node.asText();
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
