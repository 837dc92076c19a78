package org.certpath.certification;

import org.certpath.api.Money;
import org.certpath.provenance.Source;
import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

public record CertificationView(String code, String acronym, String name, Issuer issuer, List<String> focus,
                                String focusText, Eligibility eligibility, Exam exam, Renewal renewal,
                                String officialUrl, List<Occupation> occupations, String notes,
                                OffsetDateTime updatedAt, List<SourceView> sources) {

    public record Issuer(String slug, String acronym, String name) {
        public static Issuer of(Certification c) {
            return new Issuer(c.organization.slug, c.organization.acronym, c.organization.name);
        }
    }

    public record Eligibility(String minEducation, String text, List<Route> routes) {
    }

    public record Route(String minEducation, Integer experienceMonths, String accreditation,
                        List<String> prerequisites, String description) {
    }

    public record Exam(Integer questionsMin, Integer questionsMax, Integer minutes, Money feeMember,
                       Money feeNonMember) {
        public static Exam of(Certification c) {
            return new Exam(c.examQuestionsMin, c.examQuestionsMax, c.examMinutes, Money.of(c.examFeeMember, c.currency),
                    Money.of(c.examFeeNonmember, c.currency));
        }
    }

    public record Renewal(Integer cycleYears, Integer ceUnits, Money feeNonMember) {
        public static Renewal of(Certification c) {
            return new Renewal(c.renewalCycleYears, c.renewalCeUnits, Money.of(c.renewalFeeNonmember, c.currency));
        }
    }

    /**
     * An occupation the credential leads to; {@code basis} says why, {@code matchedTitle} is the occupation's
     * title that made the link where one did, {@code source} the page that says so (null when editorial).
     */
    public record Occupation(String soc, String title, boolean editorial, String basis, String matchedTitle,
                             String note, SourceView source) {
        static Occupation of(RelatedOccupation link) {
            Source s = link.source;
            return new Occupation(link.occupation.socCode, link.occupation.title, link.editorial, link.basis,
                    link.matchedTitle, link.note, s == null ? null : SourceView.of("certification", s.publisher,
                    s.title, s.url, s.originalUrl, s.asOf, s.kind, null, null));
        }
    }

    public static CertificationView from(Certification c, List<SourceView> sources) {
        return new CertificationView(c.code, c.acronym, c.name, Issuer.of(c), Arrays.asList(c.focus), c.focusText,
                new Eligibility(c.minEducation, c.eligibilityText, c.routes.stream().map(r -> new Route(r.minEducation,
                        r.experienceMonths, r.accreditation, r.prerequisite == null ? List.of()
                        : Arrays.asList(r.prerequisite.split("\\|")), r.description)).toList()),
                Exam.of(c), Renewal.of(c), c.officialUrl,
                c.occupations.stream().map(Occupation::of).toList(),
                c.notes, c.updatedAt, sources);
    }
}
