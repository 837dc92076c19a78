package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code source-dates-revised-1.csv} and {@code source-titles.csv} ({@link SourceRevisions}): every page cited
 * is dated by its own date and titled by its own title, where the first research passes gave the pages of a record
 * one text for all of them. Its checksum covers both files.
 */
public class V101__OnePageOneTitle extends BaseJavaMigration {

    static final String DATES = "source-dates-revised-1.csv";
    static final String TITLES = "source-titles.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(DATES, TITLES));
    }

    @Override
    public void migrate(Context context) throws Exception {
        SourceRevisions revisions = new SourceRevisions(context.getConnection());
        revisions.redate(DATES);
        revisions.retitle(TITLES);
    }
}
