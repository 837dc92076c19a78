package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads the reference data shipped in {@code reference-data/}. Flyway runs it once per database,
 * so restarts never duplicate rows, and its checksum covers every file it reads, so an edited file
 * is caught instead of silently diverging from what was loaded.
 */
public class V2__SeedReferenceData extends BaseJavaMigration {

    static final List<String> FILES = List.of(
            "editorial/regions.csv", "editorial/organizations.csv", "editorial/certification-profiles.csv",
            "editorial/eligibility-routes.csv", "editorial/delivery-modes.csv", "editorial/award-levels.csv",
            "certifications.csv", "programs.csv", "salaries.csv", "outlook.csv", "duties.csv");

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        FILES.forEach(file -> crc.update(ReferenceCsv.bytes(file)));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        new ReferenceDataLoader(context.getConnection()).load();
    }
}
