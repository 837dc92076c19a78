package org.certpath.imports;

import java.math.BigDecimal;
import java.util.Map;

/** Reads the cells of one row, recording each problem against the row's line. */
final class Cells {

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
        return cells;
    }

    boolean valid() {
        return valid;
    }

    void invalid(String column, String reason) {
        valid = false;
        bad.add(row.line(), column + ": " + reason);
    }

    /** The trimmed text, null when empty or when the row lacks the column. */
    String text(String column) {
        String value = row.cells().get(column);
        if (value == null) {
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
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("$", ""));
            if ((!signed && value.signum() < 0) || value.abs().compareTo(max) > 0) {
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
