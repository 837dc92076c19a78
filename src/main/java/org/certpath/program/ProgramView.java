package org.certpath.program;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A program as served. {@code asOf} is the oldest date among the sources of its key figures ({@link #KEY_FIELDS}),
 * null when none of them is dated.
 */
public record ProgramView(long id, String institution, String name, List<String> certifications,
                          String credentialText, String awardLevel, String awardText, String deliveryMode,
                          String deliveryText, Integer durationMonths, String durationText, BigDecimal creditHours,
                          BigDecimal clockHours, String hoursText, Boolean accredited, String accreditation,
                          String accreditor, Money cost, Basis costBasis, String costScope, Basis durationBasis,
                          String costNotes, String state, List<String> serviceRestrictedTo,
                          List<CredentialLink> credentialLinks, String cipCode, Integer unitId, Completions completions,
                          String notes, String asOf, OffsetDateTime updatedAt, List<SourceView> sources) {

    /** The key figures, as the sources' {@code fields} name them: what the filters and the pathways read. */
    static final Set<String> KEY_FIELDS = Set.of("certifications", "awardLevel", "deliveryMode", "durationMonths",
            "creditHours", "clockHours", "accredited", "cost");

    /** The cost scope of a program whose cost is its own. */
    public static final String PROGRAM_SCOPE = "program";
    /** The cost scope of a cost that is the institution's published charges, the same for all its programs. */
    public static final String INSTITUTION_SCOPE = "institution";

    /** Awards conferred in one IPEDS award year (July to June). */
    public record Completions(int count, String academicYear) {

        static Completions of(Integer count, String academicYear) {
            return count == null ? null : new Completions(count, academicYear);
        }
    }

    /** Whose figure a cost is: null without a cost. */
    static String costScope(BigDecimal cost, String stored) {
        return cost == null ? null : stored == null ? PROGRAM_SCOPE : stored;
    }

    /** Why the program is linked to a credential: eligibility, exam_prep or voucher_included (null: not stated). */
    public record CredentialLink(String code, String reason) {
    }

    /**
     * How a stored figure was obtained: {@code published} as the source gives it, or {@code derived}
     * by {@code rule} from {@code inputs}. Null when the figure is unknown.
     */
    public record Basis(String method, String rule, String inputs) {

        static Basis of(Object value, String method, String rule, String inputs) {
            return value == null || method == null ? null
                    : "published".equals(method) ? new Basis(method, null, null) : new Basis(method, rule, inputs);
        }
    }

    /** The program with the links it has, as the list reads them (the codes are the links', in code order). */
    static ProgramView from(Program p, List<CredentialLink> links, List<SourceView> sources) {
        return new ProgramView(p.id, p.institution, p.name, links.stream().map(CredentialLink::code).toList(),
                p.credentialText, p.awardLevel, p.awardText, p.deliveryMode, p.deliveryText, p.durationMonths,
                p.durationText, p.creditHours, p.clockHours, p.hoursText, p.accredited, p.accreditation, p.accreditor,
                Money.of(p.cost, p.currency), Basis.of(p.cost, p.costBasis, ProgramDerivation.costRule(p.costMethod), p.costInputs),
                costScope(p.cost, p.costScope), Basis.of(p.durationMonths, p.durationBasis, p.durationMethod,
                        p.durationInputs), p.costNotes, p.region == null ? null : p.region.code,
                p.serviceRestrictedTo == null ? null : List.of(p.serviceRestrictedTo),
                links, p.cipCode, p.unitId, Completions.of(p.completions, p.completionsYear), p.notes,
                asOf(sources), p.updatedAt, sources);
    }

    /** The {@code asOf} of a program citing these sources, wherever a program is shown: its key figures' oldest date. */
    public static String asOf(List<SourceView> sources) {
        return SourceView.oldestDate(sources, KEY_FIELDS);
    }

    public ProgramView withSources(List<SourceView> sources) {
        return new ProgramView(id, institution, name, certifications, credentialText, awardLevel, awardText,
                deliveryMode, deliveryText, durationMonths, durationText, creditHours, clockHours, hoursText, accredited,
                accreditation, accreditor, cost, costBasis, costScope, durationBasis, costNotes, state,
                serviceRestrictedTo, credentialLinks, cipCode, unitId, completions, notes,
                asOf(sources), updatedAt, sources);
    }
}
