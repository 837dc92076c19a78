package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

/**
 * Loads {@code occupations/salaries-revised-1.csv} (built by {@code src/tools/build_salaries_revised_1.py}): the May
 * 2024 state wage percentiles and hourly figures of 29-2072, 29-9021 and 31-9094, which the state rows lacked. Its
 * checksum covers the file.
 */
public class V100__StateWagePercentiles extends BaseJavaMigration {

    static final String FILE = "salaries-revised-1.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(OccupationsLoader.DIRECTORY + FILE));
    }

    @Override
    public void migrate(Context context) throws Exception {
        new OccupationsLoader(context.getConnection()).reviseSalaries(FILE);
    }
}
