package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads {@code reference-data/occupations/} (built by {@code src/tools/build_occupations_reference.py}):
 * the neighbouring occupations, state wage rows, alternate titles and credential links. Its checksum
 * covers every file it reads.
 */
public class V66__SeedOccupations extends BaseJavaMigration {

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(OccupationsLoader.paths());
    }

    @Override
    public void migrate(Context context) throws Exception {
        new OccupationsLoader(context.getConnection()).load();
    }
}
