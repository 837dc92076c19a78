package org.certpath.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    public static final Sorting<Organization> SORTING = Sorting.<Organization>byId("o.id", o -> o.id)
            .field("slug", "o.slug", String.class, o -> o.slug)
            .field("name", "o.name", String.class, o -> o.name)
            .field("updatedAt", "o.updatedAt", OffsetDateTime.class, o -> o.updatedAt)
            .defaultSort("slug");

    private final VersionedCache cache;

    public OrganizationRepository(VersionedCache cache) {
        this.cache = cache;
    }

    public Optional<Organization> findBySlug(String slug) {
        return find("slug", slug.toLowerCase()).firstResultOptional();
    }

    /** Which of these slugs (lower case) name an organization. */
    public Set<String> existingSlugs(Collection<String> slugs) {
        return cache.existing("organization slugs", slugs, () -> getEntityManager()
                .createQuery("select o.slug from Organization o", String.class).getResultList());
    }

    public Listing.Slice<Organization> list(Optional<String> keyword, ListParams<Organization> params) {
        Filter filter = new Filter();
        keyword.ifPresent(q -> filter.containing(q, "o.name", "o.acronym"));
        return Listing.page(getEntityManager(), Organization.class, "o", "", filter, params, SORTING);
    }
}
