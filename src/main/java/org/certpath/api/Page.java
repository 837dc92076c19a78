package org.certpath.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of every list: the items of this page and where the next page starts; with
 * {@code updatedSince}, also the keys of the items removed since then ({@code removed}).
 */
public record Page(List<?> items, Info page, @JsonInclude(JsonInclude.Include.NON_NULL) List<?> removed) {

    public record Info(int limit, long total, String nextCursor) {
    }
}
