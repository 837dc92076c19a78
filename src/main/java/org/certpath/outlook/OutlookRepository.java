package org.certpath.outlook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.certpath.region.Region;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OutlookRepository implements PanacheRepository<Outlook> {

    public static final Sorting<Outlook> SORTING = Sorting.<Outlook>byId("o.id", o -> o.id)
            .field("id", "o.id", Long.class, o -> o.id)
            .field("period", "o.period", String.class, o -> o.period)
            .field("percentChange", "o.percentChange", BigDecimal.class, o -> o.percentChange)
            .field("annualOpenings", "o.annualOpenings", Integer.class, o -> o.annualOpenings)
            .field("updatedAt", "o.updatedAt", OffsetDateTime.class, o -> o.updatedAt)
            .defaultSort("id");

    /** The validated filters of the outlook list. */
    public record Query(List<String> occupations, List<String> regions, List<String> periods) {
    }

    /** The projection periods served, newest first. */
    public List<String> periods() {
        return getEntityManager()
                .createQuery("select distinct o.period from Outlook o order by o.period desc", String.class)
                .getResultList();
    }

    /** The newest national projection of an occupation. */
    public Optional<Outlook> newestNational(String soc) {
        return find("from Outlook o where o.occupation.socCode = ?1 and o.region.code = ?2 order by o.period desc",
                soc, Region.NATION_CODE).firstResultOptional();
    }

    public Optional<Outlook> findById(String id) {
        try {
            return find("from Outlook o left join fetch o.occupation join fetch o.region where o.id = ?1",
                    Long.parseLong(id)).firstResultOptional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Listing.Slice<Outlook> list(Query query, ListParams<Outlook> params) {
        Filter filter = new Filter();
        if (!query.occupations().isEmpty()) {
            filter.whereIn("o.occupation.socCode", "occupations", query.occupations());
        }
        if (!query.regions().isEmpty()) {
            filter.whereIn("o.region.code", "regions", query.regions());
        }
        if (!query.periods().isEmpty()) {
            filter.whereIn("o.period", "periods", query.periods());
        }
        return Listing.page(getEntityManager(), Outlook.class, "o", " left join fetch o.occupation join fetch o.region",
                filter, params, SORTING);
    }
}
