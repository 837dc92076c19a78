package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Revises the programs already loaded by V2 and V54, so that a database that ran them gets the same
 * programs as a fresh one: new programs, figures that a program lacked (or a row corrected against its
 * page), durations derived from the hours already stored, and the credentials each program leads to,
 * with the reason. Its checksum covers both files.
 */
public class V70__RevisePrograms extends BaseJavaMigration {

    static final String PROGRAMS = "programs-revised.csv";
    static final String LINKS = "program-credential-links.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(PROGRAMS, LINKS));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection())
                .load(ReferenceCsv.read(PROGRAMS), ReferenceCsv.read(LINKS));
    }
}
