package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Lengths that nine programs' pages (eight their own, one an article) state in years, which earlier passes kept as
 * text only ("two-year program", "1 year (3 terms)"): each becomes the program's published duration, years x 12
 * months, as the contract's example and the first programs read "two-year program", and its page is cited for
 * {@code durationMonths}. A program that has a duration keeps it. Applied like V80's revisions.
 */
public class V89__PublishedProgramLengths extends BaseJavaMigration {

    static final String PROGRAMS = "programs-published-lengths.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(PROGRAMS));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).load(ReferenceCsv.read(PROGRAMS), List.of());
    }
}
