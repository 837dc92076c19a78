package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code credentials-staged.csv} and {@code credential-sources-staged.csv} (built by
 * {@code src/tools/build_credentials_staged.py}): the credentials of the 2026 research, each figure cited by
 * the sources that support it. Its checksum covers both files.
 */
public class V61__SeedStagedCredentials extends BaseJavaMigration {

    static final String CREDENTIALS = "credentials-staged.csv";
    static final String SOURCES = "credential-sources-staged.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(CREDENTIALS, SOURCES));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new StagedCredentialsLoader(context.getConnection()).load(ReferenceCsv.read(CREDENTIALS),
                ReferenceCsv.read(SOURCES));
    }
}
