package org.certpath.api;

import java.util.function.Function;

/**
 * A field a list may be sorted by: its name in the {@code sort} parameter, its HQL path, the Java
 * type of its values (to read them back from a cursor) and how to read it from an entity.
 */
public record SortField<T>(String name, String path, Class<?> type, Function<T, Object> value) {
}
