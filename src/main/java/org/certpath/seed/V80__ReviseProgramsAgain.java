package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * The second revision of the loaded programs (the research of issue #16's second pass): figures that programs
 * lacked and the credentials programs lead to, applied like V70's, from files of their own so that V70's checksum
 * never changes on a database that ran it. Its checksum covers both files.
 */
public class V80__ReviseProgramsAgain extends BaseJavaMigration {

    static final String PROGRAMS = "programs-revised-2.csv";
    static final String LINKS = "program-credential-links-2.csv";

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
