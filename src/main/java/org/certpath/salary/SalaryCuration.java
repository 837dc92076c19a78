package org.certpath.salary;

import jakarta.inject.Singleton;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import static org.certpath.api.MoneyInput.amountOf;

/** How wage estimates are written; keyed by id, unique by occupation, region, edition and industry. */
@Singleton
public class SalaryCuration extends CuratedCollection<Salary, SalaryInput> {

    /** The largest hourly wage the schema holds (numeric(8, 2)). */
    private static final BigDecimal MAX_HOURLY = new BigDecimal("999999.99");

    private final SalaryRepository salaries;
    private final OccupationRepository occupations;
    private final RegionRepository regions;

    public SalaryCuration(SalaryRepository salaries, OccupationRepository occupations, RegionRepository regions) {
        super(SalaryResource.RECORD_TYPE, salaries, new Shape<>(SalaryInput.class, Salary::new,
                s -> s.id.toString(), SalaryInput::from, SalaryView::from));
        this.salaries = salaries;
        this.occupations = occupations;
        this.regions = regions;
    }

    @Override
    public Optional<Salary> find(String key) {
        return salaries.findById(key);
    }

    @Override
    public void apply(SalaryInput input, Salary s, Violations violations) {
        Optional<Occupation> occupation = violations.reference("soc", "occupation", input.soc(), occupations::findBySoc);
        Optional<Region> region = violations.reference("region", "region", input.region(), regions::findByCode);
        SalaryInput.WagesInput annual = input.annual() == null ? SalaryInput.WagesInput.NONE : input.annual();
        SalaryInput.WagesInput hourly = input.hourly() == null ? SalaryInput.WagesInput.NONE : input.hourly();
        if (hourly.all().stream().anyMatch(wage -> wage != null && wage.compareTo(MAX_HOURLY) > 0)) {
            violations.add("hourly", "Hourly wages must not exceed " + MAX_HOURLY.toPlainString() + ".");
        }
        if (!violations.isEmpty()) {
            return;
        }
        String industry = input.industry() == null ? Salary.ALL_INDUSTRIES : input.industry();
        Optional<Salary> same = salaries.find("occupation = ?1 and region = ?2 and edition = ?3 and industry = ?4",
                occupation.get(), region.get(), input.edition(), industry).firstResultOptional();
        Keys.free("salary for " + input.soc() + " in " + input.region() + ", " + input.edition() + ", " + industry,
                same.map(other -> other.id.toString()).orElse(""),
                same.isPresent() && !Objects.equals(same.get().id, s.id));
        s.occupation = occupation.get();
        s.region = region.get();
        s.edition = input.edition();
        s.industry = industry;
        s.employment = input.employment();
        s.employmentRse = input.employmentRse();
        s.industryShare = input.industryShare();
        s.annualMean = amountOf(annual.mean());
        s.annualP10 = amountOf(annual.p10());
        s.annualP25 = amountOf(annual.p25());
        s.annualMedian = amountOf(annual.median());
        s.annualP75 = amountOf(annual.p75());
        s.annualP90 = amountOf(annual.p90());
        s.hourlyMean = amountOf(hourly.mean());
        s.hourlyP10 = amountOf(hourly.p10());
        s.hourlyP25 = amountOf(hourly.p25());
        s.hourlyMedian = amountOf(hourly.median());
        s.hourlyP75 = amountOf(hourly.p75());
        s.hourlyP90 = amountOf(hourly.p90());
        s.meanRse = input.meanRse();
        s.notes = input.notes();
    }
}
