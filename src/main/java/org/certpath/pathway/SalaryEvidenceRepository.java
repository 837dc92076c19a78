package org.certpath.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.certpath.api.Listing;
import org.certpath.api.Money;
import org.certpath.provenance.SourceKind;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.certpath.api.Listing.SqlRows.column;

/**
 * The salary surveys of a credential's holders ({@code credential_salary_evidence}, loaded from
 * {@code credential-salary-evidence.csv}), each with the page it was read in.
 */
@ApplicationScoped
public class SalaryEvidenceRepository {

    private static final Listing.SqlRows<PathwayList.Evidence> ROWS = new Listing.SqlRows<>("""
            credential_salary_evidence e join source s on s.id = e.source_id""", List.of(
            column("statistic", "e.statistic", String.class), column("amount", "e.amount", BigDecimal.class),
            column("currency", "e.currency", String.class), column("survey", "e.survey", String.class),
            column("survey_year", "e.survey_year", Integer.class),
            column("description", "e.description", String.class), column("publisher", "s.publisher", String.class),
            column("title", "s.title", String.class), column("url", "s.url", String.class),
            column("original_url", "s.original_url", String.class), column("as_of", "s.as_of", String.class),
            column("kind", "s.kind", String.class)),
            row -> new PathwayList.Evidence(row.get("statistic", String.class),
                    Money.of(row.get("amount", BigDecimal.class), row.get("currency", String.class)),
                    row.get("survey", String.class), row.get("survey_year", Integer.class),
                    row.get("description", String.class),
                    SourceView.of(SourceKind.SALARY_SURVEY, row.get("publisher", String.class),
                            row.get("title", String.class), row.get("url", String.class),
                            row.get("original_url", String.class), row.get("as_of", String.class),
                            row.get("kind", String.class), null,
                            confidenceNote(row.get("as_of", String.class)))));

    private final EntityManager entityManager;

    public SalaryEvidenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A credential's salary surveys, the newest survey first and undated ones last. */
    public List<PathwayList.Evidence> ofCertification(long certificationId) {
        return ROWS.list(entityManager, " where e.certification_id = :certification"
                + " order by e.survey_year desc nulls last, e.id", Map.of("certification", certificationId));
    }

    /** Why a salary survey is trusted as it is: the rule of {@link SourceKind#confidenceFor}, in words. */
    static String confidenceNote(String asOf) {
        String graded = "A salary survey of the credential's holders: graded a step below what its source's kind is "
                + "trusted for otherwise, and so below official statistics, as it reports what the holders who "
                + "answered earn, not what a statistical agency measured.";
        return asOf == null || asOf.isBlank() ? graded + " The page names no survey year: undated, so low." : graded;
    }
}
