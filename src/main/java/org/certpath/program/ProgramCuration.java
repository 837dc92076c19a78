package org.certpath.program;

import jakarta.inject.Singleton;
import org.certpath.api.MoneyInput;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How programs are written; keyed by id. */
@Singleton
public class ProgramCuration extends CuratedCollection<Program, ProgramInput> {

    private final ProgramRepository programs;
    private final CertificationRepository certifications;
    private final RegionRepository regions;

    public ProgramCuration(ProgramRepository programs, CertificationRepository certifications,
                           RegionRepository regions) {
        super(ProgramResource.RECORD_TYPE, programs, new Shape<>(ProgramInput.class, Program::new,
                p -> p.id.toString(), ProgramInput::from, programs::view));
        this.programs = programs;
        this.certifications = certifications;
        this.regions = regions;
    }

    @Override
    public Optional<Program> find(String key) {
        return Keys.id(key).flatMap(programs::findByIdOptional);
    }

    @Override
    public void apply(ProgramInput input, Program p, Violations violations) {
        List<Certification> named = new ArrayList<>();
        List<String> codes = input.certifications() == null ? List.of() : input.certifications();
        for (int i = 0; i < codes.size(); i++) {
            violations.reference("certifications[" + i + "]", "certification", codes.get(i), certifications::findByCode)
                    .filter(certification -> !named.contains(certification)).ifPresent(named::add);
        }
        Region region = input.state() == null ? null
                : violations.reference("state", "region", input.state(), regions::findByCode).orElse(null);
        if (!violations.isEmpty()) {
            return;
        }
        p.institution = input.institution().trim();
        p.name = input.name().trim();
        p.certifications.retainAll(named);
        p.certifications.addAll(named);
        p.credentialText = input.credentialText();
        p.awardLevel = input.awardLevel();
        p.awardText = input.awardText();
        p.deliveryMode = input.deliveryMode();
        p.deliveryText = input.deliveryText();
        // A figure written as it stands keeps its basis; a changed one is the editor's published figure.
        if (!java.util.Objects.equals(p.durationMonths, input.durationMonths())) {
            p.durationBasis = input.durationMonths() == null ? null : "published";
            p.durationMethod = null;
            p.durationInputs = null;
        }
        p.durationMonths = input.durationMonths();
        p.durationText = input.durationText();
        p.creditHours = input.creditHours();
        p.clockHours = input.clockHours();
        p.hoursText = input.hoursText();
        p.accredited = input.accredited();
        p.accreditation = input.accreditation();
        p.accreditor = input.accreditor();
        p.serviceRestrictedTo = input.serviceRestrictedTo() == null || input.serviceRestrictedTo().isEmpty() ? null
                : input.serviceRestrictedTo().stream().distinct().toArray(String[]::new);
        BigDecimal cost = MoneyInput.amountOf(input.cost());
        if (p.cost == null || cost == null || p.cost.compareTo(cost) != 0) {
            p.costBasis = cost == null ? null : "published";
            p.costMethod = null;
            p.costInputs = null;
            p.costScope = null;
        }
        p.cost = cost;
        p.currency = MoneyInput.CURRENCY;
        p.costNotes = input.costNotes();
        p.region = region;
        p.cipCode = input.cipCode();
        p.notes = input.notes();
    }
}
