package org.certpath.api;

import java.util.List;

/** The body of every list: the items of this page and where the next page starts. */
public record Page(List<?> items, Info page) {

    public record Info(int limit, long total, String nextCursor) {
    }
}
