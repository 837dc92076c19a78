package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * A later research pass over the credentials, from the files {@code src/tools/build_credentials_staged.py --revision N}
 * writes: the credentials whose served figures or sources the pass changed, each as V61 would have loaded it from all
 * the facts up to that pass, and, where the pass has one, the fields that sources cited before stop supporting. The
 * checksum covers the files, so a landed pass's never changes.
 */
abstract class CredentialRevisionMigration extends BaseJavaMigration {

    private final List<String> files;

    /** The credentials file, the sources file, then the withdrawals file when the pass has one. */
    CredentialRevisionMigration(String... files) {
        this.files = List.of(files);
    }

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(files);
    }

    @Override
    public void migrate(Context context) throws Exception {
        StagedCredentialsLoader loader = new StagedCredentialsLoader(context.getConnection());
        loader.revise(ReferenceCsv.read(files.get(0)), ReferenceCsv.read(files.get(1)));
        if (files.size() > 2) {
            loader.withdraw(ReferenceCsv.read(files.get(2)));
        }
    }
}
