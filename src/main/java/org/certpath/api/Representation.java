package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns response records into what a client asked for: a sparse fieldset of the JSON (the CSV's
 * columns are {@link CsvRows}').
 */
public final class Representation {

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
}
