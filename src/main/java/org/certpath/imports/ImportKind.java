package org.certpath.imports;

import org.certpath.curation.Curated;
import org.certpath.curation.CuratedEntity;

import java.util.List;
import java.util.Optional;

/**
 * One file layout: which columns it must have, how a row becomes the input of a collection (or is
 * ignored, or is bad), and how the stored item it updates is found. Made per request.
 */
interface ImportKind<E extends CuratedEntity, I extends Curated.Input> {

    String name();

    Curated<E, I> collection();

    /** Records what is wrong with the header in {@code bad}; false stops the import there. */
    boolean header(List<String> columns, BadRows bad);

    /** The input of a row; empty when the row is bad (recorded in {@code cells}) or ignored (counted in {@code tally}). */
    Optional<I> parse(Cells cells, ImportReport.Tally tally);

    /** What makes two rows of the file the same item. */
    String identity(I input);

    Optional<E> stored(I input);

    /** The source every row is linked to; null when the rows name their own. */
    ImportReport.SourceRef source();

    /** What the reader should know of the whole import, after it is read. */
    default void conclude(ImportReport.Tally tally) {
    }
}
