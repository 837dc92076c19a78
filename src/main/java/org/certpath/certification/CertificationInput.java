package org.certpath.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceKind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A credential as written. The lowest education of the routes ({@code eligibility.minEducation}
 * when read) is derived, not written. Fees and dues are {@code {amount, currency}}, like every amount of the API.
 */
public record CertificationInput(@NotNull @Pattern(regexp = "[a-z][a-z-]{1,15}", message = "must be a lower-case code such as rhit") String code,
                                 @NotBlank @Size(max = 20) String acronym,
                                 @NotBlank @Size(max = 300) String name,
                                 @NotNull
                                 @Pattern(regexp = "[a-z][a-z0-9-]{0,30}", message = "must be an issuer slug such as ahima")
                                 String issuer,
                                 List<@NotNull @Pattern(regexp = FOCUS, message = "must be one of " + FOCUS_LIST) String> focus,
                                 @Size(max = 2000) String focusText,
                                 @Size(max = 8000) String eligibilityText,
                                 List<@NotNull @Valid RouteInput> routes,
                                 @Valid ExamInput exam,
                                 @Valid MembershipInput membership,
                                 @Valid RenewalInput renewal,
                                 @Valid PassRateInput passRate,
                                 @Size(max = 2000)
                                 @Pattern(regexp = SourceKind.OFFICIAL_URL,
                                         message = "must be an http(s) URL, not on a staging or test host (cite those as a mirror source)")
                                 String officialUrl,
                                 List<@NotNull @Valid OccupationLinkInput> occupations,
                                 @Size(max = 8000) String notes,
                                 @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    static final String FOCUS = "general_him|coding|billing|ehr|privacy|data_analytics|cdi|administration|registry";
    static final String FOCUS_LIST = "general_him, coding, billing, ehr, privacy, data_analytics, cdi, administration, registry";
    static final String EDUCATION = "none|high_school|postsecondary_award|associate|bachelor|master";

    public record RouteInput(@Pattern(regexp = EDUCATION, message = "must be one of none, high_school, postsecondary_award, associate, bachelor, master") String minEducation,
                             @Min(0) @Max(600) Integer experienceMonths,
                             @Size(max = 300) String accreditation,
                             List<@NotNull @Pattern(regexp = "[^|]{1,50}", message = "must be a credential name without '|'") String> prerequisites,
                             @NotBlank @Size(max = 4000) String description) {
    }

    public record ExamInput(@Min(1) @Max(10000) Integer questionsMin, @Min(1) @Max(10000) Integer questionsMax,
                            @Min(1) @Max(10000) Integer minutes,
                            @Valid MoneyInput feeMember,
                            @Valid MoneyInput feeNonMember,
                            @Size(max = 500) String questionsNote,
                            @Size(max = 1000) String delivery,
                            @Size(max = 1000) String feeIncludes) {
    }

    public record MembershipInput(@Size(max = 300) String name, Boolean requiredForExam,
                                  @Valid MoneyInput annualDues) {
    }

    public record RenewalInput(@Min(1) @Max(20) Integer cycleYears, @Min(0) @Max(1000) Integer ceUnits,
                               @Valid MoneyInput feeNonMember,
                               @Valid MoneyInput feeMember,
                               @Size(max = 300) String feeNote) {
    }

    public record PassRateInput(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                                BigDecimal firstTimePercent,
                                @NotBlank @Size(max = 100) String period) {
    }

    public record OccupationLinkInput(@NotNull @Pattern(regexp = "\\d{2}-\\d{4}", message = "must be a SOC code such as 29-2072") String soc,
                                      Boolean editorial, @Size(max = 2000) String note) {
    }

    static CertificationInput from(Certification c, List<SourceInput> sources) {
        return new CertificationInput(c.code, c.acronym, c.name, c.organization.slug, Arrays.asList(c.focus),
                c.focusText, c.eligibilityText,
                c.routes.stream().map(r -> new RouteInput(r.minEducation, r.experienceMonths, r.accreditation,
                        r.prerequisite == null ? List.of() : Arrays.asList(r.prerequisite.split("\\|")),
                        r.description)).toList(),
                new ExamInput(c.examQuestionsMin, c.examQuestionsMax, c.examMinutes, MoneyInput.of(c.examFeeMember),
                        MoneyInput.of(c.examFeeNonmember), c.examQuestionsNote, c.examDelivery, c.examFeeIncludes),
                new MembershipInput(c.membershipName, c.membershipRequired, MoneyInput.of(c.membershipDues)),
                new RenewalInput(c.renewalCycleYears, c.renewalCeUnits, MoneyInput.of(c.renewalFeeNonmember),
                        MoneyInput.of(c.renewalFeeMember),
                        c.renewalFeeNote),
                c.passRatePercent == null ? null : new PassRateInput(c.passRatePercent, c.passRatePeriod),
                c.officialUrl,
                c.occupations.stream().map(o -> new OccupationLinkInput(o.occupation.socCode, o.editorial, o.note))
                        .toList(),
                c.notes, sources);
    }
}
