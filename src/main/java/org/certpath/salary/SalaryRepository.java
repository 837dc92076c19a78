package org.certpath.salary;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Exports;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Money;
import org.certpath.api.Sorting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.certpath.api.Listing.SqlRows.column;

@ApplicationScoped
public class SalaryRepository implements PanacheRepository<Salary> {

    /** Sort fields in SQL, over {@link #ROWS}. */
    public static final Sorting<SalaryView> SORTING = Sorting.<SalaryView>byId("s.id", SalaryView::id)
            .field("id", "s.id", Long.class, SalaryView::id)
            .field("edition", "s.edition", String.class, SalaryView::edition)
            .field("region", "r.code", String.class, SalaryView::region)
            .field("annual.median", "s.annual_median", BigDecimal.class, v -> amount(v.annual().median()))
            .field("annual.mean", "s.annual_mean", BigDecimal.class, v -> amount(v.annual().mean()))
            .field("employment", "s.employment", Integer.class, SalaryView::employment)
            .field("updatedAt", "s.updated_at", OffsetDateTime.class, SalaryView::updatedAt)
            .notNull("id", "edition", "updatedAt")
            .defaultSort("id");

    /**
     * A page of salaries in one statement, read in plain JDBC as the program list is: Hibernate's translation and
     * entity loading cost more than the query.
     */
    private static final Listing.SqlRows<SalaryView> ROWS = new Listing.SqlRows<>(
            "salary s join occupation o on o.id = s.occupation_id join region r on r.id = s.region_id", List.of(
            column("id", "s.id", Long.class), column("soc", "o.soc_code", String.class),
            column("title", "o.title", String.class), column("region", "r.code", String.class),
            column("region_name", "r.name", String.class), column("edition", "s.edition", String.class),
            column("industry", "s.industry", String.class), column("employment", "s.employment", Integer.class),
            column("employment_rse", "s.employment_rse", BigDecimal.class),
            column("industry_share", "s.industry_share", BigDecimal.class),
            column("annual_mean", "s.annual_mean", BigDecimal.class), column("annual_p10", "s.annual_p10", BigDecimal.class),
            column("annual_p25", "s.annual_p25", BigDecimal.class),
            column("annual_median", "s.annual_median", BigDecimal.class),
            column("annual_p75", "s.annual_p75", BigDecimal.class), column("annual_p90", "s.annual_p90", BigDecimal.class),
            column("hourly_mean", "s.hourly_mean", BigDecimal.class), column("hourly_p10", "s.hourly_p10", BigDecimal.class),
            column("hourly_p25", "s.hourly_p25", BigDecimal.class),
            column("hourly_median", "s.hourly_median", BigDecimal.class),
            column("hourly_p75", "s.hourly_p75", BigDecimal.class), column("hourly_p90", "s.hourly_p90", BigDecimal.class),
            column("mean_rse", "s.mean_rse", BigDecimal.class), column("notes", "s.notes", String.class),
            column("updated_at", "s.updated_at", OffsetDateTime.class)),
            SalaryRepository::view);

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

    public Listing.Slice<SalaryView> list(Query query, ListParams<SalaryView> params) {
        return Listing.page(getEntityManager(), ROWS, filter(query, params), params, SORTING, OptionalLong.empty());
    }

    /** How many salary rows the filters match, and every one of them in the list's order (see {@link Listing#export}). */
    public Exports.Counted<SalaryView> export(Query query, ListParams<SalaryView> params) {
        return Listing.export(getEntityManager(), ROWS, filter(query, params), params, SORTING, OptionalLong.empty());
    }

    private static Filter filter(Query query, ListParams<SalaryView> params) {
        Filter filter = new Filter();
        if (!query.occupations().isEmpty()) {
            filter.whereAmong("o.soc_code", query.occupations());
        }
        if (!query.regions().isEmpty()) {
            filter.whereAmong("r.code", query.regions());
        }
        if (!query.editions().isEmpty()) {
            filter.whereAmong("s.edition", query.editions());
        }
        query.minMedian().ifPresent(median -> filter.where("s.annual_median >= :minMedian", "minMedian", median));
        query.maxMedian().ifPresent(median -> filter.where("s.annual_median <= :maxMedian", "maxMedian", median));
        params.updatedSince().ifPresent(since -> filter.where("s.updated_at >= :updatedSince", "updatedSince", since));
        return filter;
    }

    private static SalaryView view(Listing.SqlRows.Row row) {
        return SalaryView.of(row.get("id", Long.class), row.get("soc", String.class), row.get("title", String.class),
                row.get("region", String.class), row.get("region_name", String.class), row.get("edition", String.class),
                row.get("industry", String.class), row.get("employment", Integer.class),
                row.get("employment_rse", BigDecimal.class), row.get("industry_share", BigDecimal.class),
                wages(row, ANNUAL), wages(row, HOURLY), row.get("mean_rse", BigDecimal.class),
                row.get("notes", String.class), row.get("updated_at", OffsetDateTime.class), List.of());
    }

    /** The columns of one wage basis' mean and percentiles, named once rather than for every row. */
    private record WageColumns(String mean, String p10, String p25, String median, String p75, String p90) {

        static WageColumns of(String basis) {
            return new WageColumns(basis + "_mean", basis + "_p10", basis + "_p25", basis + "_median", basis + "_p75",
                    basis + "_p90");
        }
    }

    private static final WageColumns ANNUAL = WageColumns.of("annual");
    private static final WageColumns HOURLY = WageColumns.of("hourly");

    private static SalaryView.WageFigures wages(Listing.SqlRows.Row row, WageColumns columns) {
        return SalaryView.WageFigures.of(row.get(columns.mean(), BigDecimal.class), row.get(columns.p10(), BigDecimal.class),
                row.get(columns.p25(), BigDecimal.class), row.get(columns.median(), BigDecimal.class),
                row.get(columns.p75(), BigDecimal.class), row.get(columns.p90(), BigDecimal.class));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
