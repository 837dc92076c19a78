package org.certpath.seed;

import org.flywaydb.core.api.migration.Context;

/**
 * Two programs whose page states their length in years gain it as published, and every program still without a
 * duration whose source publishes its length only as a range ("3-5 months", the NJ ETPL's calendar-length categories;
 * "4-6 semesters") gets the range's longest end, derived, so that a filter on months finds it without ever taking in
 * a program that may run longer than asked.
 */
public class V96__LengthsPublishedAsRanges extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-7.csv";

    public V96__LengthsPublishedAsRanges() {
        super(PROGRAMS);
    }

    @Override
    public void migrate(Context context) throws Exception {
        super.migrate(context);
        new ProgramRevisionsLoader(context.getConnection()).deriveDurationsFromPublishedRanges();
    }
}
