package org.certpath.occupation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;
import org.certpath.occupation.OccupationView.CredentialLink;
import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class OccupationRepository implements PanacheRepository<Occupation> {

    public static final Sorting<Occupation> SORTING = Sorting.<Occupation>byId("o.id", o -> o.id)
            .field("soc", "o.socCode", String.class, o -> o.socCode)
            .field("title", "o.title", String.class, o -> o.title)
            .field("updatedAt", "o.updatedAt", OffsetDateTime.class, o -> o.updatedAt)
            .defaultSort("soc");

    private final VersionedCache cache;

    public OccupationRepository(VersionedCache cache) {
        this.cache = cache;
    }

    public Optional<Occupation> findBySoc(String soc) {
        return find("socCode", soc).firstResultOptional();
    }

    /** Which of these SOC codes name an occupation. */
    public Set<String> existingSocs(Collection<String> socs) {
        return cache.existing("occupation socs", socs, () -> getEntityManager()
                .createQuery("select o.socCode from Occupation o", String.class).getResultList());
    }

    /** The keyword is in the title, or one of the occupation's titles holds all its words. */
    public Listing.Slice<Occupation> list(Optional<String> keyword, ListParams<Occupation> params) {
        Filter filter = new Filter();
        keyword.ifPresent(q -> {
            List<Long> titled = matching(TitleSearch.EVERY_WORD, q);
            filter.containingOr(q, titled.isEmpty() ? null : "o.id in (:titled)", "o.title");
            if (!titled.isEmpty()) {
                filter.parameters().put("titled", titled);
            }
        });
        return Listing.page(getEntityManager(), Occupation.class, "o", "", filter, params, SORTING);
    }

    /** The occupations that {@code sql} (a {@link TitleSearch}) finds for the keyword. */
    @SuppressWarnings("unchecked")
    public List<Long> matching(String sql, String keyword) {
        return getEntityManager().createNativeQuery(sql, Long.class).setParameter(TitleSearch.PARAMETER, keyword)
                .getResultList();
    }

    /** The credentials that lead to each occupation, by code, each with its basis and source. */
    public Map<Long, List<CredentialLink>> credentialsOf(Collection<Long> occupationIds) {
        Map<Long, List<CredentialLink>> links = new HashMap<>();
        if (occupationIds.isEmpty()) {
            return links;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select co.occupation_id, c.code, c.acronym, c.name, co.basis, co.matched_title, co.note,
                       s.publisher, s.title, s.url, s.original_url, s.as_of, s.kind
                from certification_occupation co
                join certification c on c.id = co.certification_id
                left join source s on s.id = co.source_id
                where co.occupation_id in (:ids)
                order by c.code""", Object[].class).setParameter("ids", occupationIds).getResultList();
        for (Object[] row : rows) {
            SourceView source = row[9] == null ? null : SourceView.of("certification", (String) row[7],
                    (String) row[8], (String) row[9], (String) row[10], (String) row[11], (String) row[12], null, null);
            links.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new CredentialLink((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                            (String) row[5], (String) row[6], source));
        }
        return links;
    }

    public List<CredentialLink> credentialsOf(long occupationId) {
        return credentialsOf(List.of(occupationId)).getOrDefault(occupationId, List.of());
    }
}
