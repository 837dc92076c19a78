package org.certpath.pathway;

import org.certpath.api.Money;
import org.certpath.certification.CertificationView;

import java.math.BigDecimal;
import java.util.List;

/** Credentials side by side: one column each, in the order asked. */
public record Comparison(List<Column> columns) {

    public record Column(String code, String acronym, String name, CertificationView.Issuer issuer,
                         List<String> focus, Eligibility eligibility, CertificationView.Exam exam,
                         CertificationView.Renewal renewal, List<Occupation> occupations, long programCount) {
    }

    public record Eligibility(String minEducation, Integer experienceMonths) {
    }

    /** The national median wage of the newest OEWS edition that publishes one, and that edition. */
    public record Occupation(String soc, String title, boolean editorial, Money medianWage, String medianWageEdition,
                             Growth growth) {
    }

    public record Growth(String period, BigDecimal percentChange) {
    }
}
