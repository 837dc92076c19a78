package org.certpath.imports;

import org.certpath.api.Text;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the cells of one row, recording each problem against the row's line. A cell longer than
 * {@value #MAX_CELL_LENGTH} characters (the longest text a record keeps), with a control character
 * other than tab and line breaks, or a number longer than {@value #MAX_NUMBER_LENGTH} characters is
 * refused before anything else reads it: a 200,000-digit number costs seconds of CPU to parse and
 * to normalize, and PostgreSQL refuses NUL.
 */
final class Cells {

    static final int MAX_CELL_LENGTH = 4000;
    static final int MAX_NUMBER_LENGTH = 30;
    /** Decimals of a figure: no file has more than two, and 1e-999999999 must not pass as 0. */
    static final int MAX_DECIMALS = 6;

    /** A figure of a BLS file: a number, or null for a marker, with the marker kept. */
    record Figure(BigDecimal value, String marker) {
        static final Figure EMPTY = new Figure(null, null);

        boolean topCoded() {
            return "#".equals(marker);
        }
    }

    private final CsvStream.Row row;
    private final BadRows bad;
    private boolean valid = true;
    private final java.util.Set<String> refused = new java.util.HashSet<>();

    Cells(CsvStream.Row row, BadRows bad) {
        this.row = row;
        this.bad = bad;
    }

    /** The same row with upper-case column names, for layouts whose column case varies between years. */
    Cells upperCased() {
        Map<String, String> upper = new java.util.LinkedHashMap<>();
        row.cells().forEach((name, value) -> upper.put(name.toUpperCase(java.util.Locale.ROOT), value));
        Cells cells = new Cells(new CsvStream.Row(row.line(), upper), bad);
        cells.valid = valid;
        cells.refused.addAll(refused);
        return cells;
    }

    int line() {
        return row.line();
    }

    boolean valid() {
        return valid;
    }

    void invalid(String column, String reason) {
        valid = false;
        bad.add(row.line(), column + ": " + reason);
    }

    /** The trimmed text, null when empty, when the row lacks the column or when the cell is refused. */
    String text(String column) {
        String value = row.cells().get(column);
        if (value == null || refused.contains(column)) {
            return null;
        }
        String problem = value.length() > MAX_CELL_LENGTH ? "Longer than " + MAX_CELL_LENGTH + " characters."
                : Text.problem(value, true);
        if (problem != null) {
            refused.add(column);
            invalid(column, problem);
            return null;
        }
        value = value.trim();
        return value.isEmpty() ? null : value;
    }

    /**
     * A number as BLS writes it ({@code 187,910}, {@code $50,250}), or one of its markers: {@code *}
     * and {@code **} (not released), {@code #} (at or above the top-coded wage), {@code ~} (below 0.5);
     * a dash or an empty cell is no figure either.
     */
    Figure figure(String column, BigDecimal max) {
        return figure(column, max, false);
    }

    /** Like {@link #figure}, for a change that may be negative. */
    Figure signedFigure(String column, BigDecimal max) {
        return figure(column, max, true);
    }

    private Figure figure(String column, BigDecimal max, boolean signed) {
        String text = text(column);
        if (text == null || text.equals("-") || text.equals("\u2014") || text.equals("\u2013")) {
            return Figure.EMPTY;
        }
        if (text.equals("*") || text.equals("**") || text.equals("#") || text.equals("~")) {
            return new Figure(null, text);
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            invalid(column, "A number longer than " + MAX_NUMBER_LENGTH + " characters.");
            return Figure.EMPTY;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("$", ""));
            if ((!signed && value.signum() < 0) || value.abs().compareTo(max) > 0 || value.scale() > MAX_DECIMALS) {
                invalid(column, "'" + text + "' is out of range.");
                return Figure.EMPTY;
            }
            return new Figure(value, null);
        } catch (NumberFormatException e) {
            invalid(column, "'" + text + "' is not a number or a BLS marker (*, **, #).");
            return Figure.EMPTY;
        }
    }
}
