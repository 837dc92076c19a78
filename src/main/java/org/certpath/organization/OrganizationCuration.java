package org.certpath.organization;

import jakarta.inject.Singleton;
import org.certpath.api.Problems;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceView;

import java.util.List;
import java.util.Optional;

/** How issuers are written; keyed by slug. */
@Singleton
public class OrganizationCuration extends CuratedCollection<Organization, OrganizationInput> {

    private final OrganizationRepository organizations;

    public OrganizationCuration(OrganizationRepository organizations) {
        super(OrganizationResource.RECORD_TYPE, OrganizationInput.class, organizations);
        this.organizations = organizations;
    }

    @Override
    public Optional<Organization> find(String key) {
        return organizations.findBySlug(key);
    }

    @Override
    public Organization newEntity() {
        return new Organization();
    }

    @Override
    public String key(Organization organization) {
        return organization.slug;
    }

    @Override
    public OrganizationInput toInput(Organization organization, List<SourceInput> sources) {
        return OrganizationInput.from(organization, sources);
    }

    @Override
    public void apply(OrganizationInput input, Organization o, Violations violations) {
        Keys.unchanged("slug", o.slug, input.slug(), violations);
        if (!violations.isEmpty()) {
            return;
        }
        if (o.slug == null) {
            Keys.free("organization", input.slug(), organizations.findBySlug(input.slug()).isPresent());
        }
        o.slug = input.slug();
        o.acronym = input.acronym().trim();
        o.name = input.name().trim();
        o.website = input.website();
    }

    @Override
    public void checkRemovable(Organization organization) {
        long issued = organizations.getEntityManager()
                .createQuery("select count(c) from Certification c where c.organization = :o", Long.class)
                .setParameter("o", organization).getSingleResult();
        if (issued > 0) {
            throw Problems.conflict("Organization '" + organization.slug + "' still issues " + issued
                    + " certification(s); delete or move them first.");
        }
    }

    @Override
    public Record view(Organization organization, List<SourceView> sources) {
        return OrganizationView.from(organization, sources);
    }
}
