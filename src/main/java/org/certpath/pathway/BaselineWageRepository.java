package org.certpath.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.certpath.api.Listing;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.certpath.api.Listing.SqlRows.column;

/** The default counterfactual wages of pathways ({@code baseline_wage}, loaded from {@code baseline-wages.csv}). */
@ApplicationScoped
public class BaselineWageRepository {

    /** One default baseline figure, with the source it was read in. */
    public record BaselineWage(String basis, String region, int year, BigDecimal annualWage, String note,
                               SourceView source) {
    }

    private static final Listing.SqlRows<BaselineWage> ROWS = new Listing.SqlRows<>("""
            baseline_wage b join region r on r.id = b.region_id join source s on s.id = b.source_id""", List.of(
            column("basis", "b.basis", String.class), column("region", "r.code", String.class),
            column("year", "b.year", Integer.class), column("annual_wage", "b.annual_wage", BigDecimal.class),
            column("note", "b.note", String.class), column("publisher", "s.publisher", String.class),
            column("title", "s.title", String.class), column("url", "s.url", String.class),
            column("original_url", "s.original_url", String.class), column("as_of", "s.as_of", String.class),
            column("kind", "s.kind", String.class)),
            row -> new BaselineWage(row.get("basis", String.class), row.get("region", String.class),
                    row.get("year", Integer.class), row.get("annual_wage", BigDecimal.class),
                    row.get("note", String.class),
                    SourceView.of("baseline_wage", row.get("publisher", String.class), row.get("title", String.class),
                            row.get("url", String.class), row.get("original_url", String.class),
                            row.get("as_of", String.class), row.get("kind", String.class), null, null)));

    private final EntityManager entityManager;

    public BaselineWageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The newest figure of a basis for the region. */
    public Optional<BaselineWage> newest(String basis, String region) {
        return ROWS.list(entityManager, " where b.basis = :basis and r.code = :region order by b.year desc limit 1",
                Map.of("basis", basis, "region", region)).stream().findFirst();
    }
}
