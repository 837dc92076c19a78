package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Programs whose page gives their length as a number of semesters take it (four months a semester), where their
 * duration was unknown or derived from credits or hours at a full-time load: Illinois Central College's Medical Coder
 * Certificate ("can be completed in three semesters") and Bunker Hill's Medical Coding Program (27 credits, an evening
 * program "over four semesters", seven months at full time). Run after every revision, on a fresh database as on one
 * loaded before, so both hold the same.
 */
public class V111__LengthsPublishedInSemesters extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).deriveDurationsFromPublishedSemesters();
    }
}
