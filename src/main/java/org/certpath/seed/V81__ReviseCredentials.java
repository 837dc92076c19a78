package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code credentials-revised-2.csv} and {@code credential-sources-revised-2.csv} (built by
 * {@code src/tools/build_credentials_staged.py --revision 2}): the credentials whose served figures or sources the
 * second research pass changed, each as V61 would have loaded it from all the facts. Its checksum covers both files.
 */
public class V81__ReviseCredentials extends BaseJavaMigration {

    static final String CREDENTIALS = "credentials-revised-2.csv";
    static final String SOURCES = "credential-sources-revised-2.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(CREDENTIALS, SOURCES));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new StagedCredentialsLoader(context.getConnection()).revise(ReferenceCsv.read(CREDENTIALS),
                ReferenceCsv.read(SOURCES));
    }
}
