package org.certpath.outlook;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

public record OutlookView(long id, String soc, String occupationTitle, String region, String period,
                          Integer baseYear, Integer projectedYear, Integer baseEmployment,
                          Integer projectedEmployment, Integer numericChange, BigDecimal percentChange,
                          Integer annualOpenings, Money medianWage, Integer medianWageYear,
                          String entryEducation, String workExperience, String onTheJobTraining, String notes,
                          OffsetDateTime updatedAt, List<SourceView> sources) {

    public static OutlookView from(Outlook o, List<SourceView> sources) {
        String[] years = o.period.split("-");
        return new OutlookView(o.id, o.occupation == null ? null : o.occupation.socCode, o.occupationTitle,
                o.region.code, o.period, Integer.valueOf(years[0]), Integer.valueOf(years[1]), o.baseEmployment,
                o.projectedEmployment, o.numericChange, o.percentChange, o.annualOpenings,
                Money.of(o.medianWage, "USD"), o.medianWageYear, o.entryEducation, o.workExperience, o.onTheJobTraining, o.notes,
                o.updatedAt, sources);
    }
}
