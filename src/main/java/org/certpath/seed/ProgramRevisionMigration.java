package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * A revision of the loaded programs from reference files of its own, applied by {@link ProgramRevisionsLoader}, so
 * that an earlier revision's checksum never changes on a database that ran it. The checksum covers its files.
 */
abstract class ProgramRevisionMigration extends BaseJavaMigration {

    private final List<String> files;

    /** The programs file, then the credential links file when the revision has one. */
    ProgramRevisionMigration(String... files) {
        this.files = List.of(files);
    }

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(files);
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ProgramRevisionsLoader(context.getConnection()).load(ReferenceCsv.read(files.get(0)),
                files.size() > 1 ? ReferenceCsv.read(files.get(1)) : List.of());
    }
}
