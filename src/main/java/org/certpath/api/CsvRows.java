package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The CSV of a collection, written as it is read: a header row, then rows added a chunk at a time, so
 * that an export never holds more than one chunk of records. Flattened so that a cell never holds
 * JSON: a nested record becomes dotted columns ({@code cost.amount}); a list of values one cell
 * joined with {@value #JOINER}; a list of records one column per component, each cell the
 * components of every element joined the same way; sources the first source's publisher, url and
 * as-of, and their count. The columns come from the record's structure, so the header is the same
 * whatever the rows; each cell is read from the record by its accessors and written as its JSON
 * shows the value (a JSON tree per row cost an export most of its time). Cells are quoted only where RFC 4180
 * needs it (a comma, a quote or a line break) and written as UTF-8 bytes straight into a buffer: Jackson's CSV
 * generator, a {@code Writer} and its encoder between the cells and the stream took a twentieth of an export's CPU
 * (step 59 in bench/README.md).
 */
public final class CsvRows implements AutoCloseable {

    /** Between the values of one cell that holds a list. */
    public static final String JOINER = "; ";

    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Bytes written to the stream at a time. */
    private static final int BUFFER_SIZE = 16 * 1024;
    /** The list of sources of a record, flattened to its first source and a count. */
    private static final String SOURCES = "sources";
    /** As the API's JSON writes an instant: ISO-8601 with its own offset (Quarkus sets Jackson no time zone). */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper json;
    private final List<Column> columns = new ArrayList<>();
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;
    private OffsetDateTime lastInstant;
    private String lastInstantText;

    public CsvRows(ObjectMapper json, Class<? extends Record> view, Set<String> fields, OutputStream out) {
        this.json = json;
        this.out = out;
        for (RecordComponent component : view.getRecordComponents()) {
            String name = component.getName();
            List<String> within = fields.stream().filter(field -> field.startsWith(name + ".")).toList();
            if (fields.isEmpty() || fields.contains(name) || !within.isEmpty()) {
                List<Column> all = new ArrayList<>();
                columns(name, reader(component), component.getType(), component.getGenericType(), all);
                all.stream().filter(column -> fields.isEmpty() || fields.contains(name)
                        || within.stream().anyMatch(column::isWithin)).forEach(columns::add);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            writeCell(i, columns.get(i).name());
        }
        writeByte('\n');
    }

    /** The rows of these items, sent on to the stream. */
    public void write(List<?> items) {
        for (Object item : items) {
            for (int i = 0; i < columns.size(); i++) {
                writeCell(i, columns.get(i).cell().apply(item));
            }
            writeByte('\n');
        }
        flush();
    }

    @Override
    public void close() {
        flush();
    }

    private void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            out.write(buffer, 0, buffered);
            buffered = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell after its comma, quoted when it holds a comma, a quote or a line break, its quotes doubled. The JDK's
     * encoder makes the bytes (a lone surrogate becomes {@code ?}); a quote or a line break is never part of a
     * longer UTF-8 sequence, so they are found among the bytes.
     */
    private void writeCell(int position, String cell) {
        if (position > 0) {
            writeByte(',');
        }
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        if (!needsQuotes(bytes)) {
            writeBytes(bytes);
            return;
        }
        writeByte('"');
        for (byte b : bytes) {
            if (b == '"') {
                writeByte('"');
            }
            writeByte(b);
        }
        writeByte('"');
    }

    private static boolean needsQuotes(byte[] cell) {
        for (byte b : cell) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void writeBytes(byte[] bytes) {
        if (bytes.length > buffer.length - buffered) {
            drain();
        }
        if (bytes.length > buffer.length) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
        buffered += bytes.length;
    }

    private void writeByte(int b) {
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = (byte) b;
    }

    /** One CSV column: its header and how its cell is read from an item. */
    private record Column(String name, Function<Object, String> cell) {

        /** Whether a requested field is this column or holds it ({@code annual.median} holds {@code annual.median.amount}). */
        boolean isWithin(String field) {
            return name.equals(field) || name.startsWith(field + ".");
        }
    }

    /** Accessors are looked up once per column, not once per cell: an export reads millions of cells. */
    private void columns(String path, Function<Object, Object> read, Class<?> type, Type generic, List<Column> columns) {
        if (path.equals(SOURCES)) {
            Class<?> source = elementType(generic);
            Function<Object, Object> first = item -> read.apply(item) instanceof List<?> list && !list.isEmpty()
                    ? list.get(0) : null;
            for (String[] named : new String[][] {{"sourcePublisher", "publisher"}, {"sourceUrl", "url"}, {"sourceAsOf", "asOf"}}) {
                Function<Object, Object> value = then(first, reader(source, named[1]));
                columns.add(new Column(named[0], item -> cell(value.apply(item))));
            }
            columns.add(new Column("sourceCount", item -> String.valueOf(read.apply(item) instanceof List<?> list
                    ? list.size() : 0)));
        } else if (type.isRecord()) {
            for (RecordComponent nested : type.getRecordComponents()) {
                columns(path + "." + nested.getName(), then(read, reader(nested)), nested.getType(),
                        nested.getGenericType(), columns);
            }
        } else if (List.class.isAssignableFrom(type) && elementType(generic).isRecord()) {
            for (RecordComponent nested : elementType(generic).getRecordComponents()) {
                Function<Object, Object> component = reader(nested);
                columns.add(new Column(path + "." + nested.getName(), item -> {
                    if (!(read.apply(item) instanceof List<?> list) || list.isEmpty()) {
                        return "";
                    }
                    StringJoiner joined = new StringJoiner(JOINER);
                    list.forEach(element -> joined.add(text(component.apply(element))));
                    return inert(joined.toString());
                }));
            }
        } else {
            columns.add(new Column(path, item -> cell(read.apply(item))));
        }
    }

    /** {@code first}, then {@code next} on what it read; null when {@code first} read null. */
    private static Function<Object, Object> then(Function<Object, Object> first, Function<Object, Object> next) {
        return item -> {
            Object value = first.apply(item);
            return value == null ? null : next.apply(value);
        };
    }

    private static Function<Object, Object> reader(RecordComponent component) {
        return reader(component.getDeclaringRecord(), component.getName());
    }

    private static Function<Object, Object> reader(Class<?> record, String component) {
        return COMPONENTS.get(record).stream().filter(c -> c.name().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record + " has no " + component)).reader();
    }

    /** A record's component and how to read it. */
    private record Component(String name, Function<Object, Object> reader) {
    }

    /** The readers of each record type, made once. */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> new Component(component.getName(), accessor(component))).toList();
        }
    };

    /**
     * The component's accessor as a function, through {@link LambdaMetafactory}: a plain call, where reflection
     * cost an export a fifth of its time in method handle invocations.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(RecordComponent component) {
        Method accessor = component.getAccessor();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(accessor.getDeclaringClass(), MethodHandles.lookup());
            MethodHandle handle = lookup.unreflect(accessor);
            MethodType boxed = MethodType.methodType(handle.type().wrap().returnType(), accessor.getDeclaringClass());
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                    boxed).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("Reading " + component + " for CSV", e);
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    /** A cell: a figure as it is, text made inert, a list's values joined. */
    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return scalar(value);
        }
        if (value instanceof List<?> list) {
            StringJoiner joined = new StringJoiner(JOINER);
            list.forEach(element -> joined.add(text(element)));
            return inert(joined.toString());
        }
        if (isScalar(value)) {
            return inert(scalar(value));
        }
        JsonNode node = value instanceof JsonNode tree ? tree : json.valueToTree(value);
        if (node.isNull()) {
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
    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            StringJoiner joined = new StringJoiner(", ");
            list.forEach(element -> joined.add(text(element)));
            return joined.toString();
        }
        if (value instanceof Record record) {
            StringJoiner joined = new StringJoiner(", ");
            for (Component component : COMPONENTS.get(record.getClass())) {
                Object nested = component.reader().apply(record);
                if (nested != null) {
                    joined.add(component.name() + "=" + text(nested));
                }
            }
            return joined.toString();
        }
        if (isScalar(value)) {
            return scalar(value);
        }
        return text(value instanceof JsonNode tree ? tree : json.valueToTree(value));
    }

    /** The types whose JSON is one value that the CSV writes without Jackson's help. */
    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof OffsetDateTime || value instanceof LocalDate;
    }

    /** What the JSON of the value reads: figures as {@link PlainFigures} reads them, instants as Jackson does. */
    private String scalar(Object value) {
        if (value instanceof BigDecimal figure) {
            return PlainFigures.of(figure);
        }
        if (value instanceof OffsetDateTime instant) {
            return instant(instant);
        }
        return value.toString();
    }

    /**
     * The instant as text, written again only when it differs from the last one: the rows of an export mostly share
     * their times (an import writes many at once), and formatting each cost an export a twentieth of its time.
     */
    private String instant(OffsetDateTime instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastInstantText = INSTANT.format(instant);
        }
        return lastInstantText;
    }

    /** A JSON tree (a value of a type the CSV does not know, such as the audit trail's before and after). */
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
