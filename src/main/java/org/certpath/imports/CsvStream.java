package org.certpath.imports;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.certpath.api.BodyLimits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file with a header row one record at a time, so that only the rows an import keeps
 * are ever held, and counts the bytes so that a body of undeclared length meets the same limit as
 * a declared one.
 */
final class CsvStream {

    private static final CsvMapper CSV = new CsvMapper();

    /** How a file separates its cells. */
    enum Format {
        /** Comma-separated, cells quoted where they hold a comma, a quote or a line break. */
        CSV(CsvSchema.emptySchema().withHeader()),
        /** Tab-separated as O*NET publishes its text files: no quoting, so a quote is part of the text. */
        TSV(CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar());

        private final CsvSchema schema;

        Format(CsvSchema schema) {
            this.schema = schema;
        }
    }

    /** One record: its line in the file (the header is line 1) and its cells by column name. */
    record Row(int line, Map<String, String> cells) {
    }

    interface RowHandler {
        void accept(Row row);
    }

    /** The file is not CSV at all (an unclosed quote, a broken encoding), at this line. */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    private CsvStream() {
    }

    /**
     * Calls {@code header} with the column names as written (trimmed), then {@code rows} for every
     * record. Columns a record lacks are empty; a byte past {@code limit} throws the 413 problem.
     */
    static void read(InputStream body, Charset charset, Format format, long limit, Duration timeout,
                     java.util.function.Consumer<List<String>> header, RowHandler rows) throws Unreadable {
        int line = 1;
        // Bytes the encoding does not have stop the import at their line instead of being stored as U+FFFD.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = withoutBom(new InputStreamReader(new Limited(body, limit, timeout), decoder));
             CsvParser parser = CSV.getFactory().createParser(reader)) {
            parser.setSchema(format.schema);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            List<String> columns = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    continue;
                }
                // The parser places a record's start at the end of the line before it.
                line = (int) parser.currentTokenLocation().getLineNr() + 1;
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (CsvSchema.Column column : (CsvSchema) parser.getSchema()) {
                        columns.add(column.getName().trim());
                    }
                    header.accept(columns);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName().trim();
                    parser.nextToken();
                    cells.put(name, parser.getValueAsString());
                }
                rows.accept(new Row(line, cells));
            }
            if (columns == null) {
                throw new Unreadable(1, "The file has no header row or no data rows.");
            }
        } catch (IOException e) {
            throw new Unreadable(line + 1, "Not readable as " + charset.name() + " " + format + " from here on (an"
                    + " unclosed quote, for example).");
        }
    }

    /** Spreadsheet exports often start with a byte order mark, which is not part of the first column's name. */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * Counts the bytes read and refuses any past the limit, and adds up the time spent waiting for
     * them: a client that sends slowly holds the worker thread, so past the timeout the import stops.
     * The time the import spends on the rows it has read does not count.
     */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private final Duration timeout;
        private long count;
        private long waited;

        Limited(InputStream in, long limit, Duration timeout) {
            super(in);
            this.limit = limit;
            this.timeout = timeout;
        }

        @Override
        public int read() throws IOException {
            long start = System.nanoTime();
            int b = super.read();
            if (b != -1) {
                count(1, start);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long start = System.nanoTime();
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n, start);
            }
            return n;
        }

        private void count(int n, long readStart) {
            waited += System.nanoTime() - readStart;
            if (waited > timeout.toNanos()) {
                throw BodyLimits.tooSlow(timeout);
            }
            count += n;
            if (count > limit) {
                throw BodyLimits.tooLarge(limit);
            }
        }
    }
}
