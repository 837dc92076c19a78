package org.certpath.api.parameters;

import org.jboss.resteasy.reactive.RestQuery;

import java.util.Optional;

/** A list of the served data that a keyword also searches. */
public abstract class SearchParameters<T> extends ListParameters<T> {

    @RestQuery
    @Matches(regexp = Values.KEYWORD, expected = Values.KEYWORD_EXPECTED)
    String q;

    public Optional<String> keyword() {
        return Values.text(q);
    }
}
