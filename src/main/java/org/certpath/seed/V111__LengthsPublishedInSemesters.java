package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Programs whose page gives their length as a number of semesters take it (four months a semester), where their
 * duration was unknown or derived from credits or hours at a full-time load: Illinois Central College's Medical Coder
 * Certificate ("can be completed in three semesters") and Bunker Hill's Medical Coding Program (27 credits, an evening
 * program "over four semesters", seven months at full time). The seed now prefers such a length itself; this gives it
 * to a database loaded before, and finds nothing left to change on a fresh one.
 */
public class V111__LengthsPublishedInSemesters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).deriveDurationsFromPublishedSemesters();
    }
}
