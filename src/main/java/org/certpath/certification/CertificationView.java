package org.certpath.certification;

import org.certpath.api.Money;
import org.certpath.provenance.Source;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A credential as served. {@code examFee} is what a candidate who is not a member pays, or the only fee
 * published: the figure the {@code maxExamFee} filter and the {@code examFee} sort read. {@code asOf} is the oldest date among the sources of its key figures (fees,
 * format, dues, renewal, pass rate), null when none of them is dated; {@code unknownFields} names the key
 * figures no source gives.
 */
public record CertificationView(String code, String acronym, String name, Issuer issuer, List<String> focus,
                                String focusText, Eligibility eligibility, Money examFee, Exam exam, Membership membership,
                                Renewal renewal, PassRate passRate, String officialUrl, List<Occupation> occupations,
                                String notes, String asOf, List<String> unknownFields, OffsetDateTime updatedAt,
                                List<SourceView> sources) {

    /** The key figures, as {@code unknownFields} and the sources' {@code fields} name them. */
    static final List<String> KEY_FIELDS = List.of("exam.feeMember", "exam.feeNonMember", "exam.questions",
            "exam.minutes", "exam.delivery", "membership.annualDues", "renewal.cycleYears", "renewal.ceUnits",
            "renewal.feeNonMember", "passRate");

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
                       Money feeNonMember, String questionsNote, String delivery, String feeIncludes) {
        public static Exam of(Certification c) {
            return new Exam(c.examQuestionsMin, c.examQuestionsMax, c.examMinutes, Money.of(c.examFeeMember, c.currency),
                    Money.of(c.examFeeNonmember, c.currency), c.examQuestionsNote, c.examDelivery, c.examFeeIncludes);
        }
    }

    /** The membership the member rate asks for; {@code requiredForExam} when only members may sit. */
    public record Membership(String name, Boolean requiredForExam, Money annualDues) {
        public static Membership of(Certification c) {
            return new Membership(c.membershipName, c.membershipRequired, Money.of(c.membershipDues, c.currency));
        }
    }

    public record Renewal(Integer cycleYears, Integer ceUnits, Money feeNonMember, Money feeMember, String feeNote) {
        public static Renewal of(Certification c) {
            return new Renewal(c.renewalCycleYears, c.renewalCeUnits, Money.of(c.renewalFeeNonmember, c.currency),
                    Money.of(c.renewalFeeMember, c.currency), c.renewalFeeNote);
        }
    }

    /** The first-time pass rate the issuer published, in percent, and the period it covers. */
    public record PassRate(BigDecimal firstTimePercent, String period) {
        static PassRate of(Certification c) {
            return c.passRatePercent == null ? null : new PassRate(c.passRatePercent, c.passRatePeriod);
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
                Money.of(c.examFeeNonmember != null ? c.examFeeNonmember : c.examFeeMember, c.currency),
                Exam.of(c), Membership.of(c), Renewal.of(c), PassRate.of(c), c.officialUrl,
                c.occupations.stream().map(Occupation::of).sorted(Comparator.comparing(Occupation::soc)).toList(),
                c.notes, SourceView.oldestDate(sources, KEY_FIELDS), unknownFields(c), c.updatedAt, sources);
    }

    /**
     * The key figures no source gives. The non-member fee is not unknown where only members may sit, and
     * dues are asked only of a credential with a membership (named, required or priced).
     */
    static List<String> unknownFields(Certification c) {
        boolean membership = c.membershipName != null || Boolean.TRUE.equals(c.membershipRequired)
                || c.examFeeMember != null;
        List<String> unknown = new ArrayList<>();
        add(unknown, "exam.feeMember", c.examFeeMember);
        if (!Boolean.TRUE.equals(c.membershipRequired)) {
            add(unknown, "exam.feeNonMember", c.examFeeNonmember);
        }
        add(unknown, "exam.questions", c.examQuestionsMin);
        add(unknown, "exam.minutes", c.examMinutes);
        add(unknown, "exam.delivery", c.examDelivery);
        if (membership) {
            add(unknown, "membership.annualDues", c.membershipDues);
        }
        add(unknown, "renewal.cycleYears", c.renewalCycleYears);
        add(unknown, "renewal.ceUnits", c.renewalCeUnits);
        add(unknown, "renewal.feeNonMember", c.renewalFeeNonmember);
        add(unknown, "passRate", c.passRatePercent);
        return unknown;
    }

    private static void add(List<String> unknown, String field, Object value) {
        if (Objects.isNull(value)) {
            unknown.add(field);
        }
    }
}
