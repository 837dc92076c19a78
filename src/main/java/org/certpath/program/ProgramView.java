package org.certpath.program;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

public record ProgramView(long id, String institution, String name, List<String> certifications,
                          String credentialText, String awardLevel, String awardText, String deliveryMode,
                          String deliveryText, Integer durationMonths, String durationText, BigDecimal creditHours,
                          BigDecimal clockHours, String hoursText, boolean accredited, String accreditation,
                          Money cost, String costNotes, String state, String cipCode, String notes,
                          OffsetDateTime updatedAt, List<SourceView> sources) {

    public static ProgramView from(Program p, List<SourceView> sources) {
        return new ProgramView(p.id, p.institution, p.name, p.certifications.stream().map(c -> c.code).toList(),
                p.credentialText, p.awardLevel, p.awardText, p.deliveryMode, p.deliveryText, p.durationMonths,
                p.durationText, p.creditHours, p.clockHours, p.hoursText, p.accredited, p.accreditation,
                Money.of(p.cost, p.currency), p.costNotes, p.region == null ? null : p.region.code, p.cipCode, p.notes,
                p.updatedAt, sources);
    }

    public ProgramView withSources(List<SourceView> sources) {
        return new ProgramView(id, institution, name, certifications, credentialText, awardLevel, awardText,
                deliveryMode, deliveryText, durationMonths, durationText, creditHours, clockHours, hoursText, accredited,
                accreditation, cost, costNotes, state, cipCode, notes, updatedAt, sources);
    }
}
