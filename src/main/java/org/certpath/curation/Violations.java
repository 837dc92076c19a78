package org.certpath.curation;

import org.certpath.api.Problems;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one request body, collected so that the client learns all of them at once. */
public final class Violations {

    private final List<Problems.InvalidParam> found = new ArrayList<>();

    public void add(String path, String reason) {
        found.add(new Problems.InvalidParam(path, reason));
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
