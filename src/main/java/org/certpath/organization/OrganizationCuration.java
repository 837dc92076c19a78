package org.certpath.organization;

import jakarta.inject.Singleton;
import org.certpath.api.Problems;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;

import java.util.Optional;

/** How issuers are written; keyed by slug. */
@Singleton
public class OrganizationCuration extends CuratedCollection<Organization, OrganizationInput> {

    private final OrganizationRepository organizations;

    public OrganizationCuration(OrganizationRepository organizations) {
        super(OrganizationResource.RECORD_TYPE, organizations, new Shape<>(OrganizationInput.class, Organization::new,
                o -> o.slug, OrganizationInput::from, OrganizationView::from));
        this.organizations = organizations;
    }

    @Override
    public Optional<Organization> find(String key) {
        return organizations.findBySlug(key);
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
}
