package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code programs-staged.csv} (the 2026 research and the Texas ETPL rows, built by
 * {@code scripts/build_programs_staged.py}): new programs, and the rows that enrich a program the
 * reference data has already. Its checksum covers the file.
 */
public class V54__SeedStagedPrograms extends BaseJavaMigration {

    static final String FILE = "programs-staged.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(FILE));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new StagedProgramsLoader(context.getConnection()).load(ReferenceCsv.read(FILE));
    }
}
