package org.certpath.outlook;

import jakarta.inject.Singleton;
import org.certpath.api.MoneyInput;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.util.Objects;
import java.util.Optional;

/** How projections are written; keyed by id, unique by occupation title, region and period. */
@Singleton
public class OutlookCuration extends CuratedCollection<Outlook, OutlookInput> {

    private final OutlookRepository outlooks;
    private final OccupationRepository occupations;
    private final RegionRepository regions;

    public OutlookCuration(OutlookRepository outlooks, OccupationRepository occupations, RegionRepository regions) {
        super(OutlookResource.RECORD_TYPE, outlooks, new Shape<>(OutlookInput.class, Outlook::new,
                o -> o.id.toString(), OutlookInput::from, OutlookView::from));
        this.outlooks = outlooks;
        this.occupations = occupations;
        this.regions = regions;
    }

    @Override
    public Optional<Outlook> find(String key) {
        return outlooks.findById(key);
    }

    @Override
    public void apply(OutlookInput input, Outlook o, Violations violations) {
        Optional<Occupation> occupation = input.soc() == null ? Optional.empty()
                : violations.reference("soc", "occupation", input.soc(), occupations::findBySoc);
        Optional<Region> region = violations.reference("region", "region", input.region(), regions::findByCode);
        String[] years = input.period().split("-");
        if (Integer.parseInt(years[0]) >= Integer.parseInt(years[1])) {
            violations.add("period", "The projected year must come after the base year.");
        }
        if (!violations.isEmpty()) {
            return;
        }
        String title = input.occupationTitle().trim();
        Optional<Outlook> same = outlooks.find("occupationTitle = ?1 and region = ?2 and period = ?3",
                title, region.get(), input.period()).firstResultOptional();
        Keys.free("outlook for '" + title + "' in " + input.region() + ", " + input.period(),
                same.map(other -> other.id.toString()).orElse(""),
                same.isPresent() && !Objects.equals(same.get().id, o.id));
        o.occupation = occupation.orElse(null);
        o.occupationTitle = title;
        o.region = region.get();
        o.period = input.period();
        o.baseEmployment = input.baseEmployment();
        o.projectedEmployment = input.projectedEmployment();
        o.numericChange = input.numericChange();
        o.percentChange = input.percentChange();
        o.annualOpenings = input.annualOpenings();
        o.medianWage = MoneyInput.amountOf(input.medianWage());
        o.medianWageYear = input.medianWageYear();
        o.entryEducation = input.entryEducation();
        o.workExperience = input.workExperience();
        o.onTheJobTraining = input.onTheJobTraining();
        o.notes = input.notes();
    }
}
