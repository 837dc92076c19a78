package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Four programs whose institution no longer offers them are retired (Wright Career College closed in 2016;
 * Central Piedmont ended its HIT program with its last cohort in 2021), and two programs gain a duration: one
 * its catalog states in years, one from credits whose unit another page of its college states. Applied like
 * V80's revisions.
 */
public class V90__RetireClosedProgramsAndStatedUnits extends BaseJavaMigration {

    static final String PROGRAMS = "programs-revised-3.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(PROGRAMS));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).load(ReferenceCsv.read(PROGRAMS), List.of());
    }
}
