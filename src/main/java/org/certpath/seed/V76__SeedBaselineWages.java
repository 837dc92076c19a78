package org.certpath.seed;

import org.certpath.provenance.SourceKind;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.util.List;

import java.util.Map;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.integer;
import static org.certpath.seed.ReferenceCsv.text;

/** Loads {@code baseline-wages.csv}: the default counterfactual wages of pathways. Its checksum covers the file. */
public class V76__SeedBaselineWages extends BaseJavaMigration {

    static final String FILE = "baseline-wages.csv";

    @Override
    public Integer getChecksum() {
        return ReferenceCsv.checksum(List.of(FILE));
    }

    @Override
    public void migrate(Context context) throws Exception {
        Statements statements = new Statements(context.getConnection());
        for (Map<String, String> row : ReferenceCsv.read(FILE)) {
            long source = statements.source(text(row, "source_url"), text(row, "as_of"), text(row, "source_title"),
                    null, SourceKind.of(text(row, "source_kind")));
            statements.execute("""
                    insert into baseline_wage (basis, region_id, year, annual_wage, source_id, note)
                    values (?, (select id from region where code = ?), ?, ?, ?, ?)""",
                    text(row, "basis"), text(row, "region"), integer(row, "year"), decimal(row, "annual_wage"), source,
                    text(row, "notes"));
        }
    }
}
