package org.certpath.certification;

import jakarta.inject.Singleton;
import org.certpath.api.MoneyInput;
import org.certpath.api.Problems;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
import org.certpath.organization.Organization;
import org.certpath.organization.OrganizationRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How credentials are written; keyed by code. */
@Singleton
public class CertificationCuration extends CuratedCollection<Certification, CertificationInput> {

    private final CertificationRepository certifications;
    private final OrganizationRepository organizations;
    private final OccupationRepository occupations;

    public CertificationCuration(CertificationRepository certifications, OrganizationRepository organizations,
                                 OccupationRepository occupations) {
        super(CertificationResource.RECORD_TYPE, certifications, new Shape<>(CertificationInput.class, Certification::new,
                c -> c.code, CertificationInput::from, CertificationView::from));
        this.certifications = certifications;
        this.organizations = organizations;
        this.occupations = occupations;
    }

    @Override
    public Optional<Certification> find(String key) {
        return certifications.findByCode(key);
    }

    @Override
    public void apply(CertificationInput input, Certification c, Violations violations) {
        Keys.unchanged("code", c.code, input.code(), violations);
        Optional<Organization> issuer = violations.reference("issuer", "organization", input.issuer(),
                organizations::findBySlug);
        CertificationInput.ExamInput exam = input.exam() == null
                ? new CertificationInput.ExamInput(null, null, null, null, null, null, null, null) : input.exam();
        if (exam.questionsMin() != null && exam.questionsMax() != null && exam.questionsMin() > exam.questionsMax()) {
            violations.add("exam.questionsMin", "Must not exceed exam.questionsMax.");
        }
        CertificationInput.RenewalInput renewal = input.renewal() == null
                ? new CertificationInput.RenewalInput(null, null, null, null, null) : input.renewal();
        CertificationInput.MembershipInput membership = input.membership() == null
                ? new CertificationInput.MembershipInput(null, null, null) : input.membership();
        // A member rate above the non-member rate is a contradiction, not a price.
        if (above(MoneyInput.amountOf(exam.feeMember()), MoneyInput.amountOf(exam.feeNonMember()))) {
            violations.add("exam.feeMember", "Must not exceed exam.feeNonMember.");
        }
        if (above(MoneyInput.amountOf(renewal.feeMember()), MoneyInput.amountOf(renewal.feeNonMember()))) {
            violations.add("renewal.feeMember", "Must not exceed renewal.feeNonMember.");
        }
        List<RelatedOccupation> related = new ArrayList<>();
        List<CertificationInput.OccupationLinkInput> links = input.occupations() == null ? List.of()
                : input.occupations();
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Optional<Occupation> occupation = violations.reference("occupations[" + i + "].soc", "occupation",
                    links.get(i).soc(), occupations::findBySoc);
            if (occupation.isEmpty()) {
                continue;
            }
            if (!linked.add(links.get(i).soc())) {
                violations.add("occupations[" + i + "].soc", "Listed twice.");
            } else {
                RelatedOccupation link = new RelatedOccupation();
                link.occupation = occupation.get();
                link.editorial = Boolean.TRUE.equals(links.get(i).editorial());
                link.note = links.get(i).note();
                keepOrSetBasis(c, link);
                related.add(link);
            }
        }
        if (!violations.isEmpty()) {
            return;
        }
        if (c.code == null) {
            Keys.free("certification", input.code(), certifications.findByCode(input.code()).isPresent());
        }
        List<EligibilityRoute> routes = new ArrayList<>();
        for (CertificationInput.RouteInput given : input.routes() == null ? List.<CertificationInput.RouteInput>of()
                : input.routes()) {
            EligibilityRoute route = new EligibilityRoute();
            route.minEducation = given.minEducation();
            route.experienceMonths = given.experienceMonths();
            route.accreditation = given.accreditation();
            route.prerequisite = given.prerequisites() == null || given.prerequisites().isEmpty() ? null
                    : String.join("|", given.prerequisites());
            route.description = given.description();
            routes.add(route);
        }
        c.code = input.code();
        c.acronym = input.acronym().trim();
        c.name = input.name().trim();
        c.organization = issuer.get();
        c.focus = input.focus() == null ? new String[0] : input.focus().stream().distinct().toArray(String[]::new);
        c.focusText = input.focusText();
        c.eligibilityText = input.eligibilityText();
        c.routes.clear();
        c.routes.addAll(routes);
        c.minEducation = routes.stream().map(route -> route.minEducation).filter(level -> level != null)
                .map(level -> EducationLevel.fromCode(level).orElseThrow())
                .min(Comparator.naturalOrder()).map(EducationLevel::code).orElse(null);
        c.examQuestionsMin = exam.questionsMin();
        c.examQuestionsMax = exam.questionsMax();
        c.examMinutes = exam.minutes();
        c.examFeeMember = MoneyInput.amountOf(exam.feeMember());
        c.examFeeNonmember = MoneyInput.amountOf(exam.feeNonMember());
        c.examQuestionsNote = exam.questionsNote();
        c.examDelivery = exam.delivery();
        c.examFeeIncludes = exam.feeIncludes();
        c.membershipName = membership.name();
        c.membershipRequired = membership.requiredForExam();
        c.membershipDues = MoneyInput.amountOf(membership.annualDues());
        c.renewalCycleYears = renewal.cycleYears();
        c.renewalCeUnits = renewal.ceUnits();
        c.renewalFeeNonmember = MoneyInput.amountOf(renewal.feeNonMember());
        c.renewalFeeMember = MoneyInput.amountOf(renewal.feeMember());
        c.renewalFeeNote = renewal.feeNote();
        c.passRatePercent = input.passRate() == null ? null : input.passRate().firstTimePercent();
        c.passRatePeriod = input.passRate() == null ? null : input.passRate().period();
        c.currency = MoneyInput.CURRENCY;
        c.officialUrl = input.officialUrl();
        c.occupations.clear();
        c.occupations.addAll(related);
        c.notes = input.notes();
    }

    private static boolean above(BigDecimal member, BigDecimal nonMember) {
        return member != null && nonMember != null && member.compareTo(nonMember) > 0;
    }

    /**
     * A link written again as it was keeps the basis and source it was loaded with; a new or changed
     * one is the curator's (or editorial, as the write says).
     */
    private static void keepOrSetBasis(Certification c, RelatedOccupation link) {
        Optional<RelatedOccupation> existing = c.occupations.stream()
                .filter(old -> old.occupation.id.equals(link.occupation.id) && old.editorial == link.editorial
                        && Objects.equals(old.note, link.note)).findFirst();
        link.basis = existing.map(old -> old.basis)
                .orElse(link.editorial ? RelatedOccupation.EDITORIAL : RelatedOccupation.CURATOR);
        link.matchedTitle = existing.map(old -> old.matchedTitle).orElse(null);
        link.source = existing.map(old -> old.source).orElse(null);
    }

    @Override
    public void checkRemovable(Certification certification) {
        long programs = certifications.getEntityManager().createQuery(
                        "select count(p) from Program p join p.certifications c where c = :c", Long.class)
                .setParameter("c", certification).getSingleResult();
        if (programs > 0) {
            throw Problems.conflict("Certification '" + certification.code + "' is still named by " + programs
                    + " program(s); change them first, so that their own versions record the change.");
        }
    }
}
