package org.certpath.imports;

import org.certpath.curation.Curated;
import org.certpath.curation.CuratedEntity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file layout: which columns it must have, how a row becomes the input of a collection (or is
 * ignored, or is bad), and how the stored item it updates is found. Made per request.
 */
abstract class ImportKind<E extends CuratedEntity, I extends Curated.Input> {

    private final String name;
    private final Curated<E, I> collection;
    private final ImportReport.SourceRef source;

    /** @param source the source every row is linked to; null when the rows name their own */
    ImportKind(String name, Curated<E, I> collection, ImportReport.SourceRef source) {
        this.name = name;
        this.collection = collection;
        this.source = source;
    }

    final String name() {
        return name;
    }

    final Curated<E, I> collection() {
        return collection;
    }

    final ImportReport.SourceRef source() {
        return source;
    }

    /** Records what is wrong with the header in {@code bad}; false stops the import there. */
    abstract boolean header(List<String> columns, BadRows bad);

    /** The input of a row; empty when the row is bad (recorded in {@code cells}) or ignored (counted in {@code tally}). */
    abstract Optional<I> parse(Cells cells, ImportReport.Tally tally);

    /** What makes two rows of the file the same item. */
    abstract String identity(I input);

    /** The stored items that rows update, by {@link #identity}; rows of new items have none. */
    abstract Map<String, E> stored(List<I> inputs);

    /** {@link #stored} for a layout that finds each item with a query of its own. */
    final Map<String, E> oneByOne(List<I> inputs, Function<I, Optional<E>> find) {
        Map<String, E> stored = new HashMap<>();
        inputs.forEach(input -> find.apply(input).ifPresent(item -> stored.put(identity(input), item)));
        return stored;
    }

    /**
     * What a row writes over the item it updates, given that item as input: by default the row as read; a layout
     * whose rows must not overwrite what curators wrote keeps those values here, and says which in {@code tally}.
     */
    I over(I row, I stored, ImportReport.Tally tally) {
        return row;
    }

    /** Writes (or with a dry run, weighs) what the rows refer to and the file brings along, before the rows. */
    void prepare(boolean dryRun, ImportReport.Tally tally) {
    }

    /** What the reader should know of the whole import, after it is read. */
    void conclude(ImportReport.Tally tally) {
    }
}
