package org.certpath.salary;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SalaryRepository implements PanacheRepository<Salary> {

    public static final Sorting<Salary> SORTING = Sorting.<Salary>byId("s.id", s -> s.id)
            .field("id", "s.id", Long.class, s -> s.id)
            .field("edition", "s.edition", String.class, s -> s.edition)
            .field("region", "s.region.code", String.class, s -> s.region.code)
            .field("annual.median", "s.annualMedian", BigDecimal.class, s -> s.annualMedian)
            .field("annual.mean", "s.annualMean", BigDecimal.class, s -> s.annualMean)
            .field("employment", "s.employment", Integer.class, s -> s.employment)
            .field("updatedAt", "s.updatedAt", OffsetDateTime.class, s -> s.updatedAt)
            .notNull("id", "edition", "updatedAt")
            .defaultSort("id");

    /** The validated filters of the salary list. */
    public record Query(List<String> occupations, List<String> regions, List<String> editions,
                        Optional<BigDecimal> minMedian, Optional<BigDecimal> maxMedian) {
    }

    /**
     * The wage editions served, newest first. A skip scan of the edition index: one probe per edition
     * instead of reading every salary row.
     */
    @SuppressWarnings("unchecked")
    public List<String> editions() {
        return getEntityManager().createNativeQuery("""
                with recursive newer (edition) as (
                    (select edition from salary order by edition desc limit 1)
                    union all
                    select (select s.edition from salary s where s.edition < newer.edition order by s.edition desc limit 1)
                    from newer where newer.edition is not null)
                select edition from newer where edition is not null""", String.class).getResultList();
    }

    /** The newest cross-industry row of an occupation in a region that publishes an annual median. */
    public Optional<Salary> newestWithMedian(String soc, String region) {
        return find("from Salary s join fetch s.region where s.occupation.socCode = ?1 and s.region.code = ?2 "
                + "and s.industry = ?3 and s.annualMedian is not null order by s.edition desc",
                soc, region, Salary.ALL_INDUSTRIES).firstResultOptional();
    }

    /** The newest cross-industry row of the region that publishes the annual p10, p25, median and p75. */
    public Optional<Salary> newestWithPercentiles(String soc, String region) {
        return find("from Salary s join fetch s.region where s.occupation.socCode = ?1 and s.region.code = ?2 "
                + "and s.industry = ?3 and s.annualP10 is not null and s.annualP25 is not null "
                + "and s.annualMedian is not null and s.annualP75 is not null order by s.edition desc",
                soc, region, Salary.ALL_INDUSTRIES).firstResultOptional();
    }

    public Optional<Salary> findById(String id) {
        try {
            return find("from Salary s join fetch s.occupation join fetch s.region where s.id = ?1", Long.parseLong(id))
                    .firstResultOptional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Listing.Slice<Salary> list(Query query, ListParams<Salary> params) {
        Filter filter = new Filter();
        if (!query.occupations().isEmpty()) {
            filter.whereIn("s.occupation.socCode", "occupations", query.occupations());
        }
        if (!query.regions().isEmpty()) {
            filter.whereIn("s.region.code", "regions", query.regions());
        }
        if (!query.editions().isEmpty()) {
            filter.whereIn("s.edition", "editions", query.editions());
        }
        query.minMedian().ifPresent(median -> filter.where("s.annualMedian >= :minMedian", "minMedian", median));
        query.maxMedian().ifPresent(median -> filter.where("s.annualMedian <= :maxMedian", "maxMedian", median));
        return Listing.page(getEntityManager(), Salary.class, "s", " join fetch s.occupation join fetch s.region",
                filter, params, SORTING);
    }
}
