package org.certpath.occupation;

import jakarta.inject.Singleton;
import org.certpath.api.Problems;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;

import java.util.List;
import java.util.Optional;

/** How occupations are written; keyed by SOC code. */
@Singleton
public class OccupationCuration extends CuratedCollection<Occupation, OccupationInput> {

    private final OccupationRepository occupations;

    public OccupationCuration(OccupationRepository occupations) {
        super(OccupationResource.RECORD_TYPE, occupations, new Shape<>(OccupationInput.class, Occupation::new,
                o -> o.socCode, OccupationInput::from,
                (o, sources) -> OccupationView.from(o, sources, o.id == null ? List.of() : occupations.credentialsOf(o.id))));
        this.occupations = occupations;
    }

    @Override
    public Optional<Occupation> find(String key) {
        return occupations.findBySoc(key);
    }

    @Override
    public void apply(OccupationInput input, Occupation o, Violations violations) {
        Keys.unchanged("soc", o.socCode, input.soc(), violations);
        if (!violations.isEmpty()) {
            return;
        }
        if (o.socCode == null) {
            Keys.free("occupation", input.soc(), occupations.findBySoc(input.soc()).isPresent());
        }
        o.socCode = input.soc();
        o.title = input.title().trim();
        o.typicalEducation = input.typicalEducation();
        o.notes = input.notes();
        o.duties.clear();
        for (OccupationInput.DutyInput given : input.duties() == null ? List.<OccupationInput.DutyInput>of()
                : input.duties()) {
            Duty duty = new Duty();
            duty.kind = given.kind();
            duty.text = given.text();
            o.duties.add(duty);
        }
    }

    @Override
    public void checkRemovable(Occupation occupation) {
        long salaries = count("select count(s) from Salary s where s.occupation = :o", occupation);
        long outlooks = count("select count(o) from Outlook o where o.occupation = :o", occupation);
        long certifications = count("select count(c) from Certification c join c.occupations r "
                + "where r.occupation = :o", occupation);
        if (salaries + outlooks + certifications > 0) {
            throw Problems.conflict("Occupation '" + occupation.socCode + "' still has " + salaries + " salary row(s), "
                    + outlooks + " outlook row(s) and " + certifications + " certification link(s); remove them first.");
        }
    }

    private long count(String hql, Occupation occupation) {
        return occupations.getEntityManager().createQuery(hql, Long.class).setParameter("o", occupation)
                .getSingleResult();
    }
}
