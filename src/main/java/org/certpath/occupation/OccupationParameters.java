package org.certpath.occupation;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.SearchParameters;


/** The keyword search of the occupation list, with the list parameters. */
public class OccupationParameters extends SearchParameters<Occupation> {

    @Override
    protected Sorting<Occupation> sorting() {
        return OccupationRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return OccupationView.class;
    }
}
