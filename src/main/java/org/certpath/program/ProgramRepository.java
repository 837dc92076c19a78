package org.certpath.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Money;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramRepository implements PanacheRepository<Program> {

    public static final List<String> MODES = List.of("online", "in_person", "hybrid");
    public static final List<String> AWARD_LEVELS = List.of("certificate", "diploma", "associate", "bachelor", "non_credit");

    /** Sort fields in SQL, over {@link #ROWS}. */
    public static final Sorting<ProgramView> SORTING = Sorting.<ProgramView>byId("p.id", ProgramView::id)
            .field("id", "p.id", Long.class, ProgramView::id)
            .field("name", "p.name", String.class, ProgramView::name)
            .field("institution", "p.institution", String.class, ProgramView::institution)
            .field("cost", "p.cost", BigDecimal.class, p -> p.cost() == null ? null : p.cost().amount())
            .field("months", "p.duration_months", Integer.class, ProgramView::durationMonths)
            .field("state", "r.code", String.class, ProgramView::state)
            .field("updatedAt", "p.updated_at", OffsetDateTime.class, ProgramView::updatedAt)
            .notNull("id", "name", "institution", "updatedAt")
            .defaultSort("institution");

    private static final String FROM = "program p left join region r on r.id = p.region_id";

    /**
     * A page of programs with their credentials, in one statement; the sources of the page follow in
     * another (measured: cheaper than a subquery per row).
     */
    private static final Listing.SqlRows<ProgramView> ROWS = new Listing.SqlRows<>(FROM, "p.updated_at", List.of(
            column("p.id", Long.class), column("p.institution", String.class), column("p.name", String.class),
            column("""
                    (select string_agg(c.code, ',' order by c.code) from program_certification pc
                     join certification c on c.id = pc.certification_id where pc.program_id = p.id)""", String.class),
            column("p.credential_text", String.class), column("p.award_level", String.class),
            column("p.award_text", String.class), column("p.delivery_mode", String.class),
            column("p.delivery_text", String.class), column("p.duration_months", Integer.class),
            column("p.duration_text", String.class), column("p.credit_hours", BigDecimal.class),
            column("p.clock_hours", BigDecimal.class), column("p.hours_text", String.class),
            column("p.accredited", Boolean.class), column("p.accreditation", String.class),
            column("p.cost", BigDecimal.class), column("p.currency", String.class), column("p.cost_notes", String.class),
            column("r.code", String.class), column("p.cip_code", String.class), column("p.notes", String.class),
            column("p.updated_at", OffsetDateTime.class)),
            ProgramRepository::view);

    /** The validated filters of the program list. */
    public record Query(List<String> certifications, List<String> states, List<String> modes, List<String> awards,
                        Optional<Integer> minMonths, Optional<Integer> maxMonths, Optional<BigDecimal> maxCost,
                        Optional<Boolean> accredited, Optional<String> keyword) {
    }

    private final VersionedCache cache;
    private final ProgramFacets facets;

    public ProgramRepository(VersionedCache cache, ProgramFacets facets) {
        this.cache = cache;
        this.facets = facets;
    }

    public Listing.Slice<ProgramView> list(Query query, ListParams<ProgramView> params) {
        List<Long> certificationIds = certificationIds(query);
        return Listing.page(getEntityManager(), ROWS, filter(query, certificationIds), params, SORTING,
                facets.count(query, certificationIds, params.updatedSince()));
    }

    /** What pathways show of a program: a row of plain values, not a managed entity. */
    public record Summary(long id, String institution, String name, String state, String deliveryMode,
                          String awardLevel, boolean accredited, BigDecimal cost, String currency,
                          Boolean examFeeIncluded, Integer durationMonths) {
    }

    private static final Listing.SqlRows<Summary> SUMMARIES = new Listing.SqlRows<>(FROM, "p.updated_at", List.of(
            column("p.id", Long.class), column("p.institution", String.class), column("p.name", String.class),
            column("r.code", String.class), column("p.delivery_mode", String.class),
            column("p.award_level", String.class), column("p.accredited", Boolean.class),
            column("p.cost", BigDecimal.class), column("p.currency", String.class),
            column("p.exam_fee_included", Boolean.class), column("p.duration_months", Integer.class)),
            row -> new Summary((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (Boolean) row[6], (BigDecimal) row[7], (String) row[8], (Boolean) row[9],
                    (Integer) row[10]));

    /**
     * Every program matching the filters, in no particular order, for pathways, as a stream to close
     * after use: a common credential has hundreds of thousands of programs at the scale of the
     * benchmark, too many to hold at once. Fetched in batches when the caller runs in a transaction;
     * unsorted, so the first batch comes without the whole result being sorted.
     */
    public Stream<Summary> summaries(Query query) {
        Filter filter = filter(query, certificationIds(query));
        var summaries = SUMMARIES.query(getEntityManager(), filter.whereClause());
        filter.parameters().forEach(summaries::setParameter);
        return summaries.setHint(HibernateHints.HINT_FETCH_SIZE, 1000).getResultStream();
    }

    /** How many programs prepare for each of these credentials, by code; codes no program names are absent. */
    public Map<String, Long> countByCertification(List<String> codes) {
        return getEntityManager().createQuery("select c.code, count(p) from Program p join p.certifications c "
                        + "where c.code in :codes group by c.code", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /**
     * The ids of the requested credentials. They go into the SQL as numbers, not as a code joined in:
     * then PostgreSQL plans with what it knows of each credential's share of the programs (half of
     * them at the benchmark's scale prepare for CPC), where through the code it assumed an average
     * share and, for a page of 500, read every program of the credential before sorting.
     */
    private List<Long> certificationIds(Query query) {
        if (query.certifications().isEmpty()) {
            return List.of();
        }
        return cache.get("certification ids " + query.certifications(), () -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = getEntityManager().createNativeQuery("select id from certification where code in (:codes)")
                    .setParameter("codes", query.certifications()).getResultList();
            return ids.stream().map(Number::longValue).toList();
        });
    }

    private static Filter filter(Query query, List<Long> certificationIds) {
        Filter filter = new Filter();
        if (!query.certifications().isEmpty()) {
            filter.where(certificationIds.isEmpty() ? "false" : "exists (select 1 from program_certification pc "
                    + "where pc.program_id = p.id and pc.certification_id in (" + certificationIds.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + "))");
        }
        if (!query.states().isEmpty()) {
            filter.where("r.code in (:states)", "states", query.states());
        }
        if (!query.modes().isEmpty()) {
            filter.where("p.delivery_mode in (:modes)", "modes", query.modes());
        }
        if (!query.awards().isEmpty()) {
            filter.where("p.award_level in (:awards)", "awards", query.awards());
        }
        query.minMonths().ifPresent(months -> filter.where("p.duration_months >= :minMonths", "minMonths", months));
        query.maxMonths().ifPresent(months -> filter.where("p.duration_months <= :maxMonths", "maxMonths", months));
        query.maxCost().ifPresent(cost -> filter.where("p.cost <= :maxCost", "maxCost", cost));
        query.accredited().ifPresent(accredited -> filter.where("p.accredited = :accredited", "accredited", accredited));
        query.keyword().ifPresent(q -> filter.containing(q, "p.name", "p.institution", "p.credential_text"));
        return filter;
    }

    private static Listing.SqlRows.SqlColumn column(String expression, Class<?> type) {
        return new Listing.SqlRows.SqlColumn(expression, type);
    }

    private static ProgramView view(Object[] row) {
        String certifications = (String) row[3];
        return new ProgramView((Long) row[0], (String) row[1], (String) row[2],
                certifications == null ? List.of() : List.of(certifications.split(",")), (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], (String) row[8], (Integer) row[9], (String) row[10],
                (BigDecimal) row[11], (BigDecimal) row[12], (String) row[13], (Boolean) row[14], (String) row[15],
                Money.of((BigDecimal) row[16], (String) row[17]), (String) row[18], (String) row[19], (String) row[20],
                (String) row[21], (OffsetDateTime) row[22], List.of());
    }
}
