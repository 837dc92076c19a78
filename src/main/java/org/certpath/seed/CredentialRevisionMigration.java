package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * A later research pass over the credentials, from the files {@code src/tools/build_credentials_staged.py --revision N}
 * writes: the credentials whose served figures or sources the pass changed, each as V61 would have loaded it from all
 * the facts up to that pass. The checksum covers both files, so a landed pass's never changes.
 */
abstract class CredentialRevisionMigration extends BaseJavaMigration {

    private final String credentials;
    private final String sources;

    CredentialRevisionMigration(String credentials, String sources) {
        this.credentials = credentials;
        this.sources = sources;
    }

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(credentials, sources));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new StagedCredentialsLoader(context.getConnection()).revise(ReferenceCsv.read(credentials),
                ReferenceCsv.read(sources));
    }
}
