package org.certpath.curation;

import org.certpath.api.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The problems found in one request body, collected so that the client learns all of them at once. */
public final class Violations {

    private final List<Problems.InvalidParam> found = new ArrayList<>();

    public void add(String path, String reason) {
        found.add(new Problems.InvalidParam(path, reason));
    }

    /**
     * The record a field refers to by its key, looked up with {@code find}; when there is none, a
     * violation at {@code path} names the missing {@code kind}.
     */
    public <T> Optional<T> reference(String path, String kind, String key, Function<String, Optional<T>> find) {
        Optional<T> found = find.apply(key);
        if (found.isEmpty()) {
            add(path, "No " + kind + " '" + key + "' in this API.");
        }
        return found;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws the 400 problem listing every violation, when there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw Problems.invalidBody(List.copyOf(found));
        }
    }
}
