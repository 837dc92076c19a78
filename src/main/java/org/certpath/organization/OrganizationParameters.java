package org.certpath.organization;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.SearchParameters;


/** The keyword search of the organization list, with the list parameters. */
public class OrganizationParameters extends SearchParameters<Organization> {

    @Override
    protected Sorting<Organization> sorting() {
        return OrganizationRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return OrganizationView.class;
    }
}
