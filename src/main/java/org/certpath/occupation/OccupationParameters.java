package org.certpath.occupation;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.ListParameters;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Optional;

/** The keyword search of the occupation list, with the list parameters. */
public class OccupationParameters extends ListParameters<Occupation> {

    @RestQuery
    @Matches(regexp = Values.KEYWORD, expected = Values.KEYWORD_EXPECTED)
    String q;

    @Override
    protected Sorting<Occupation> sorting() {
        return OccupationRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return OccupationView.class;
    }

    Optional<String> keyword() {
        return Values.text(q);
    }
}
