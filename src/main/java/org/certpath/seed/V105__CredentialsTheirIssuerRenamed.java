package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code credential-renames.csv}: NCRA renamed the CTR (Certified Tumor Registrar) ODS (Oncology Data
 * Specialist) in 2024, so it is served under its name of today, with the former one in its notes for those who search
 * for it. Its checksum covers the file.
 */
public class V105__CredentialsTheirIssuerRenamed extends BaseJavaMigration {

    static final String RENAMES = "credential-renames.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(RENAMES));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new StagedCredentialsLoader(context.getConnection()).rename(ReferenceCsv.read(RENAMES));
    }
}
