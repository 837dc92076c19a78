package org.certpath.seed;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;
import java.util.Map;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.integer;
import static org.certpath.seed.ReferenceCsv.text;

/**
 * Loads {@code credential-salary-evidence.csv}: every salary-survey figure of a credential's holders the research
 * found, older surveys included (each keeps its year). Its checksum covers the file.
 */
public class V78__SeedCredentialSalaryEvidence extends BaseJavaMigration {

    static final String FILE = "credential-salary-evidence.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(FILE));
    }

    @Override
    public void migrate(Context context) throws Exception {
        Statements statements = new Statements(context.getConnection());
        for (Map<String, String> row : ReferenceCsv.read(FILE)) {
            long source = statements.source(row);
            statements.execute("""
                    insert into credential_salary_evidence (certification_id, amount, currency, statistic, survey,
                        survey_year, description, source_id)
                    values ((select id from certification where acronym = ?), ?, ?, ?, ?, ?, ?, ?)""",
                    text(row, "acronym"), decimal(row, "amount"), text(row, "currency"), text(row, "statistic"),
                    text(row, "survey"), integer(row, "survey_year"), text(row, "description"), source);
        }
    }
}
