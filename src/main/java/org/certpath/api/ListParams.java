package org.certpath.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validated parameters every list takes: page size, sort, cursor, sparse fields, changes since. Declared and checked by the beans of {@code api.parameters}.
 */
public record ListParams<T>(int limit, List<Sorting.Order<T>> sort, String sortToken, Optional<Cursor> after,
                            Set<String> fields, Optional<OffsetDateTime> updatedSince) {

    /** The same parameters for the page after {@code cursor}, {@code size} items long. */
    public ListParams<T> page(int size, Optional<Cursor> cursor) {
        return new ListParams<>(size, sort, sortToken, cursor, fields, updatedSince);
    }
}
