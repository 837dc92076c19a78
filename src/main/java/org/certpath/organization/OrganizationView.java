package org.certpath.organization;

import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.List;

public record OrganizationView(String slug, String acronym, String name, String website, OffsetDateTime updatedAt,
                               List<SourceView> sources) {

    public static OrganizationView from(Organization organization, List<SourceView> sources) {
        return new OrganizationView(organization.slug, organization.acronym, organization.name, organization.website,
                organization.updatedAt, sources);
    }
}
