package org.certpath.occupation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class OccupationRepository implements PanacheRepository<Occupation> {

    public static final Sorting<Occupation> SORTING = Sorting.<Occupation>byId("o.id", o -> o.id)
            .field("soc", "o.socCode", String.class, o -> o.socCode)
            .field("title", "o.title", String.class, o -> o.title)
            .field("updatedAt", "o.updatedAt", OffsetDateTime.class, o -> o.updatedAt)
            .defaultSort("soc");

    public Optional<Occupation> findBySoc(String soc) {
        return find("socCode", soc).firstResultOptional();
    }

    /** Which of these SOC codes name an occupation. */
    public Set<String> existingSocs(Collection<String> socs) {
        return find("socCode in ?1", List.copyOf(socs)).stream().map(occupation -> occupation.socCode).collect(Collectors.toSet());
    }

    public Listing.Slice<Occupation> list(Optional<String> keyword, ListParams<Occupation> params) {
        Filter filter = new Filter();
        keyword.ifPresent(q -> filter.containing(q, "o.title"));
        return Listing.page(getEntityManager(), Occupation.class, "o", "", filter, params, SORTING);
    }
}
