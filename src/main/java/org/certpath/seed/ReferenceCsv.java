package org.certpath.seed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/** Reads the reference CSV files shipped under {@code reference-data/} on the classpath. */
final class ReferenceCsv {

    private static final CsvMapper MAPPER = new CsvMapper();

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(String name) {
        String path = "reference-data/" + name;
        try (InputStream in = resource(path)) {
            MappingIterator<Map<String, String>> rows = MAPPER.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    static byte[] bytes(String name) {
        String path = "reference-data/" + name;
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /**
     * The checksum of a seed migration that loads these files: Flyway then tells an edited file from the one a
     * database was seeded with.
     */
    static Integer checksum(List<String> names) {
        CRC32 crc = new CRC32();
        names.forEach(name -> crc.update(bytes(name)));
        return (int) crc.getValue();
    }

    private static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + path);
        }
        return in;
    }

    /** The trimmed text, or null for an empty cell: an empty cell is an unknown value. */
    static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalStateException("Missing column " + column);
        }
        value = value.trim();
        return value.isEmpty() ? null : value;
    }

    static BigDecimal decimal(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null ? null : new BigDecimal(value);
    }

    static Integer integer(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null ? null : Integer.valueOf(value);
    }

    /** Splits a multi-valued cell such as {@code a | b}. */
    static List<String> split(String value, String separatorRegex) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(separatorRegex)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
