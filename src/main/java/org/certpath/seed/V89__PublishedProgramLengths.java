package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * The lengths nine programs' own pages (and one article) state in years, which earlier passes kept as text only
 * ("two-year program", "1 year (3 terms)"): each becomes the program's published duration in months, read as the
 * contract's example and the first programs read "two-year program" (24 months), and cites the page for
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
