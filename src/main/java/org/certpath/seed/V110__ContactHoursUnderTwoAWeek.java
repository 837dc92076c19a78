package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Three Texas ETPL rows list under two contact hours a week (Midland College's AAS 60 over 80 weeks, its certificates
 * 34 over 32 and 17 over 16): less than one evening class, so the figure counts something else (it fits semester
 * credits) and is not served as clock hours, as the seed now tells them. Their lengths come from the weeks and do not
 * change. On a fresh database the seed has already left them out, and this finds nothing.
 */
public class V110__ContactHoursUnderTwoAWeek extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).withdrawHoursThatCannotFillTheirWeeks();
    }
}
