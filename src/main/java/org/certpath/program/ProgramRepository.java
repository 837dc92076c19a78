package org.certpath.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
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

    public static final Sorting<Program> SORTING = Sorting.<Program>byId("p.id", p -> p.id)
            .field("id", "p.id", Long.class, p -> p.id)
            .field("name", "p.name", String.class, p -> p.name)
            .field("institution", "p.institution", String.class, p -> p.institution)
            .field("cost", "p.cost", BigDecimal.class, p -> p.cost)
            .field("months", "p.durationMonths", Integer.class, p -> p.durationMonths)
            .field("state", "p.region.code", String.class, p -> p.region == null ? null : p.region.code)
            .field("updatedAt", "p.updatedAt", OffsetDateTime.class, p -> p.updatedAt)
            .notNull("id", "name", "institution", "updatedAt")
            .defaultSort("institution");

    /** The validated filters of the program list. */
    public record Query(List<String> certifications, List<String> states, List<String> modes, List<String> awards,
                        Optional<Integer> minMonths, Optional<Integer> maxMonths, Optional<BigDecimal> maxCost,
                        Optional<Boolean> accredited, Optional<String> keyword) {
    }

    public Listing.Slice<Program> list(Query query, ListParams<Program> params) {
        return Listing.page(getEntityManager(), Program.class, "p", " left join fetch p.region", filter(query),
                params, SORTING);
    }

    /** What pathways show of a program: a row of plain values, not a managed entity. */
    public record Summary(long id, String institution, String name, String state, String deliveryMode,
                          String awardLevel, boolean accredited, BigDecimal cost, String currency,
                          Boolean examFeeIncluded, Integer durationMonths) {
    }

    /**
     * Every program matching the filters, in no particular order, for pathways, as a stream to close
     * after use: a common credential has hundreds of thousands of programs at the scale of the
     * benchmark, too many to hold at once. Read as plain rows, fetched in batches when the caller runs
     * in a transaction; unsorted, so the first batch comes without the whole result being sorted.
     */
    public Stream<Summary> summaries(Query query) {
        Filter filter = filter(query);
        // With a record as the result type, Hibernate calls its constructor with the selected values.
        var hql = getEntityManager().createQuery("select p.id, p.institution, p.name, r.code, p.deliveryMode, "
                + "p.awardLevel, p.accredited, p.cost, p.currency, p.examFeeIncluded, p.durationMonths "
                + "from Program p left join p.region r"
                + (filter.clauses().isEmpty() ? "" : " where " + String.join(" and ", filter.clauses())), Summary.class);
        filter.parameters().forEach(hql::setParameter);
        return hql.setHint(HibernateHints.HINT_FETCH_SIZE, 1000).getResultStream();
    }

    /** How many programs prepare for each of these credentials, by code; codes no program names are absent. */
    public Map<String, Long> countByCertification(List<String> codes) {
        return getEntityManager().createQuery("select c.code, count(p) from Program p join p.certifications c "
                        + "where c.code in :codes group by c.code", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    private static Filter filter(Query query) {
        Filter filter = new Filter();
        if (!query.certifications().isEmpty()) {
            filter.where("exists (select 1 from p.certifications c where c.code in :certifications)",
                    "certifications", query.certifications());
        }
        if (!query.states().isEmpty()) {
            filter.where("p.region.code in :states", "states", query.states());
        }
        if (!query.modes().isEmpty()) {
            filter.where("p.deliveryMode in :modes", "modes", query.modes());
        }
        if (!query.awards().isEmpty()) {
            filter.where("p.awardLevel in :awards", "awards", query.awards());
        }
        query.minMonths().ifPresent(months -> filter.where("p.durationMonths >= :minMonths", "minMonths", months));
        query.maxMonths().ifPresent(months -> filter.where("p.durationMonths <= :maxMonths", "maxMonths", months));
        query.maxCost().ifPresent(cost -> filter.where("p.cost <= :maxCost", "maxCost", cost));
        query.accredited().ifPresent(accredited -> filter.where("p.accredited = :accredited", "accredited", accredited));
        query.keyword().ifPresent(q -> filter.where("(lower(p.name) like :q or lower(p.institution) like :q "
                + "or lower(p.credentialText) like :q)", "q", Filter.containing(q)));
        return filter;
    }
}
