package org.certpath.organization;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.ListParameters;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Optional;

/** The keyword search of the organization list, with the list parameters. */
public class OrganizationParameters extends ListParameters<Organization> {

    @RestQuery
    @Matches(regexp = Values.KEYWORD, expected = Values.KEYWORD_EXPECTED)
    String q;

    @Override
    protected Sorting<Organization> sorting() {
        return OrganizationRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return OrganizationView.class;
    }

    Optional<String> keyword() {
        return Values.text(q);
    }
}
