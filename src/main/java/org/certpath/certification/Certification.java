package org.certpath.certification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.certpath.curation.CuratedEntity;
import org.certpath.organization.Organization;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Certification extends CuratedEntity {

    /** The form of a certification code, as paths and filters take it. */
    public static final String CODE = "[A-Za-z][A-Za-z-]{1,15}";

    /** The acronym in lower case, the key in URLs: {@code rhit}, {@code ccs-p}. */
    public String code;

    public String acronym;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] focus = new String[0];

    @Column(name = "focus_text")
    public String focusText;

    @Column(name = "eligibility_text")
    public String eligibilityText;

    /** The lowest education among the eligibility routes; null when no route is known. */
    @Column(name = "min_education")
    public String minEducation;

    @ElementCollection
    @CollectionTable(name = "eligibility_route", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<EligibilityRoute> routes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_occupation", joinColumns = @JoinColumn(name = "certification_id"))
    public List<RelatedOccupation> occupations = new ArrayList<>();

    @Column(name = "exam_questions_min")
    public Integer examQuestionsMin;

    @Column(name = "exam_questions_max")
    public Integer examQuestionsMax;

    /** The question count as the source words it, where it says more than a number (scored and pretest items). */
    @Column(name = "exam_questions_note")
    public String examQuestionsNote;

    @Column(name = "exam_minutes")
    public Integer examMinutes;

    /** Where and how the exam is taken, as the source words it. */
    @Column(name = "exam_delivery")
    public String examDelivery;

    /** What the exam fee buys, where the source says (attempts, a course bundled with the exam). */
    @Column(name = "exam_fee_includes")
    public String examFeeIncludes;

    /** The membership the member rate requires (or that the exam requires, with {@link #membershipRequired}). */
    @Column(name = "membership_name")
    public String membershipName;

    /** Whether the exam is open only to members; null when no source says. */
    @Column(name = "membership_required")
    public Boolean membershipRequired;

    @Column(name = "membership_dues")
    public BigDecimal membershipDues;

    @Column(name = "exam_fee_member")
    public BigDecimal examFeeMember;

    @Column(name = "exam_fee_nonmember")
    public BigDecimal examFeeNonmember;

    @Column(name = "renewal_cycle_years")
    public Integer renewalCycleYears;

    @Column(name = "renewal_ce_units")
    public Integer renewalCeUnits;

    @Column(name = "renewal_fee_nonmember")
    public BigDecimal renewalFeeNonmember;

    @Column(name = "renewal_fee_member")
    public BigDecimal renewalFeeMember;

    /** What the renewal fee is for, where it is not a fee per cycle (an annual maintenance fee). */
    @Column(name = "renewal_fee_note")
    public String renewalFeeNote;

    /** The first-time pass rate the issuer published, in percent, for {@link #passRatePeriod}. */
    @Column(name = "pass_rate_percent")
    public BigDecimal passRatePercent;

    @Column(name = "pass_rate_period")
    public String passRatePeriod;

    public String currency = "USD";

    @Column(name = "official_url")
    public String officialUrl;

    public String notes;
}
