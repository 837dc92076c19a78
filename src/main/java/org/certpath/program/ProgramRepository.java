package org.certpath.program;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Cursor;
import org.certpath.api.Exports;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Money;
import org.certpath.api.Sorting;
import org.certpath.api.VersionedCache;
import org.certpath.certification.Certification;
import org.certpath.provenance.SourceView;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.certpath.api.Listing.SqlRows.column;

@ApplicationScoped
public class ProgramRepository implements PanacheRepository<Program> {

    /** Sort fields in SQL, over {@link #COLUMNS}. */
    public static final Sorting<ProgramView> SORTING = Sorting.<ProgramView>byId("p.id", ProgramView::id)
            .field("id", "p.id", Long.class, ProgramView::id)
            .field("name", "p.name", String.class, ProgramView::name)
            .field("institution", "p.institution", String.class, ProgramView::institution)
            .field("cost", "p.cost", BigDecimal.class, p -> p.cost() == null ? null : p.cost().amount())
            .field("durationMonths", "p.duration_months", Integer.class, ProgramView::durationMonths)
            .field("state", "r.code", String.class, ProgramView::state)
            .field("updatedAt", "p.updated_at", OffsetDateTime.class, ProgramView::updatedAt)
            .notNull("id", "name", "institution", "updatedAt")
            .defaultSort("institution");

    static final String FROM = "program p left join region r on r.id = p.region_id";
    /** The list's default order in SQL, which {@link ProgramFacets} also keeps, as a permutation of the programs. */
    static final String DEFAULT_ORDER = Listing.orderBy(
            List.of(new Sorting.Order<>(SORTING.get(SORTING.defaultSort()), false)), SORTING);

    /**
     * A page of programs with their credentials, in one statement; the sources of the page follow in
     * another (measured: cheaper than a subquery per row).
     */
    private static final List<Listing.SqlRows.SqlColumn> COLUMNS = List.of(
            column("id", "p.id", Long.class), column("institution", "p.institution", String.class),
            column("name", "p.name", String.class), column("credential_text", "p.credential_text", String.class),
            column("award_level", "p.award_level", String.class), column("award_text", "p.award_text", String.class),
            column("delivery_mode", "p.delivery_mode", String.class),
            column("delivery_text", "p.delivery_text", String.class),
            column("duration_months", "p.duration_months", Integer.class),
            column("duration_text", "p.duration_text", String.class),
            column("credit_hours", "p.credit_hours", BigDecimal.class),
            column("clock_hours", "p.clock_hours", BigDecimal.class), column("hours_text", "p.hours_text", String.class),
            column("accredited", "p.accredited", Boolean.class), column("accreditation", "p.accreditation", String.class),
            column("accreditor", "p.accreditor", String.class),
            column("cost", "p.cost", BigDecimal.class), column("currency", "p.currency", String.class),
            column("cost_basis", "p.cost_basis", String.class), column("cost_inputs", "p.cost_inputs", String.class),
            column("cost_method", "p.cost_method", String.class),
            column("duration_basis", "p.duration_basis", String.class),
            column("duration_method", "p.duration_method", String.class),
            column("duration_inputs", "p.duration_inputs", String.class),
            column("service_restricted_to", "array_to_string(p.service_restricted_to, ',')", String.class),
            column("credential_links", "p.credential_links", String.class),
            column("cost_notes", "p.cost_notes", String.class), column("state", "r.code", String.class),
            column("cip_code", "p.cip_code", String.class), column("unit_id", "p.unit_id", Integer.class),
            column("completions", "p.completions", Integer.class),
            column("completions_year", "p.completions_year", String.class),
            column("cost_scope", "p.cost_scope", String.class), column("notes", "p.notes", String.class),
            column("updated_at", "p.updated_at", OffsetDateTime.class));

    private final VersionedCache cache;
    private final ProgramFacets facets;
    private final Listing.SqlRows<ProgramView> rows = new Listing.SqlRows<>(FROM, COLUMNS, this::view);
    private final Listing.SqlRows<Exported> exportRows = new Listing.SqlRows<>(FROM, Stream.concat(COLUMNS.stream(),
            Stream.of(column("source_ids", "array_to_string(p.source_ids, ',')", String.class),
                    column("source_fields", "array_to_string(p.source_fields, '" + Exported.SOURCES_APART + "', '"
                            + Exported.WHOLE_RECORD + "')", String.class))).toList(),
            row -> new Exported(view(row), sourceIds(row.get("source_ids", String.class)),
                    row.get("source_fields", String.class)));

    /**
     * A program as its export reads it: with the ids of its sources in their order (V93), so that the export reads a
     * chunk's sources by id, where reading them by program cost PostgreSQL half of an export's time; and the fields
     * each supports (V99), which date the program.
     */
    public record Exported(ProgramView program, long[] sourceIds, String sourceFields) {

        static final String SOURCES_APART = ";";
        /** What {@code source_fields} holds for a source that backs the whole program. */
        static final String WHOLE_RECORD = "*";

        /** The program's sources among those of its chunk, in their order, each with the fields it supports. */
        public List<SourceView> sources(Map<Long, SourceView> chunkSources) {
            String[] fields = sourceFields == null ? new String[0] : sourceFields.split(SOURCES_APART, -1);
            List<SourceView> sources = new ArrayList<>(sourceIds.length);
            for (int i = 0; i < sourceIds.length; i++) {
                SourceView source = chunkSources.get(sourceIds[i]);
                if (source != null) {
                    boolean whole = i >= fields.length || fields[i].equals(WHOLE_RECORD);
                    sources.add(source.withFields(whole ? null : List.of(fields[i].split(","))));
                }
            }
            return sources;
        }
    }

    public ProgramRepository(VersionedCache cache, ProgramFacets facets) {
        this.cache = cache;
        this.facets = facets;
    }

    /**
     * A page of programs. In the default order, the facets find the page's programs without a query where they can,
     * and only those are read, by id: PostgreSQL otherwise plans, filters and sorts for every page it was not asked
     * before (a cursor or a cost is a new parameter each time).
     */
    public Listing.Slice<ProgramView> list(ProgramCriteria criteria, ListParams<ProgramView> params) {
        if (!params.sortToken().equals(SORTING.defaultSort())) {
            return Listing.page(getEntityManager(), rows, ProgramFilter.sql(criteria), params, SORTING,
                    facets.count(criteria));
        }
        Optional<ProgramFacets.OrderedPage> page = facets.page(criteria, params.after().map(this::placed),
                params.limit() + 1);
        if (page.isPresent()) {
            return ordered(page.get(), params);
        }
        // A cursor whose program moved, or facets still being built: its next page starts from the facets again.
        return Listing.page(getEntityManager(), rows, ProgramFilter.sql(criteria), params, SORTING,
                facets.count(criteria), program -> facets.positionOf(program.id()));
    }

    /**
     * A cursor without a position in the current facets (made by SQL before they were built, or on older data), placed
     * at its program's rank when that program still has the institution the cursor names: the programs after
     * (institution, id) are then exactly those after that rank. One lookup by id, where SQL would filter and sort.
     */
    private Cursor placed(Cursor cursor) {
        Optional<Cursor.Position> current = facets.positionOf(cursor.id());
        if (current.isEmpty() || current.equals(cursor.position())) {
            return cursor;
        }
        // In JDBC: a Hibernate native query cost a tenth of such a page (measured).
        boolean unmoved = getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select 1 from program where id = ? and institution = ?")) {
                statement.setLong(1, cursor.id());
                statement.setObject(2, cursor.values().get(0));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
        return unmoved ? new Cursor(cursor.sort(), cursor.values(), cursor.id(), current) : cursor;
    }

    private Listing.Slice<ProgramView> ordered(ProgramFacets.OrderedPage page, ListParams<ProgramView> params) {
        Map<Long, Cursor.Position> positions = new HashMap<>();
        for (int i = 0; i < page.ids().length; i++) {
            positions.put(page.ids()[i], new Cursor.Position(page.dataVersion(), page.ranks()[i]));
        }
        return Listing.page(inOrder(rows, page.ids(), ProgramView::id), page.total(), params, SORTING,
                program -> Optional.ofNullable(positions.get(program.id())));
    }

    /**
     * How many programs the filters match, and every one of them in the list's order (see {@link Listing#export}). In
     * the default order, the facets name them and they are read by id, a chunk at a time: PostgreSQL neither filters
     * nor sorts them.
     */
    public Exports.Counted<Exported> export(ProgramCriteria criteria, ListParams<ProgramView> params) {
        if (params.sortToken().equals(SORTING.defaultSort())) {
            Optional<ProgramFacets.Matching> matching = facets.inDefaultOrder(criteria);
            if (matching.isPresent()) {
                PrimitiveIterator.OfLong ids = matching.get().ids();
                return new Exports.Counted<>(matching.get().total(), use -> use.accept(Stream
                        .generate(() -> chunk(ids)).takeWhile(chunk -> chunk.length > 0)
                        .flatMap(chunk -> inOrder(exportRows, chunk, exported -> exported.program().id()).stream())));
            }
        }
        return Listing.export(getEntityManager(), exportRows, ProgramFilter.sql(criteria), params, SORTING,
                facets.count(criteria));
    }

    private static long[] sourceIds(String joined) {
        if (joined == null) {
            return new long[0];
        }
        int count = 1;
        for (int comma = joined.indexOf(','); comma >= 0; comma = joined.indexOf(',', comma + 1)) {
            count++;
        }
        long[] ids = new long[count];
        for (int i = 0, start = 0; i < count; i++) {
            int end = i == count - 1 ? joined.length() : joined.indexOf(',', start);
            ids[i] = Long.parseLong(joined, start, end, 10);
            start = end + 1;
        }
        return ids;
    }

    private static long[] chunk(PrimitiveIterator.OfLong ids) {
        long[] chunk = new long[Exports.CHUNK];
        int size = 0;
        while (size < chunk.length && ids.hasNext()) {
            chunk[size++] = ids.nextLong();
        }
        return Arrays.copyOf(chunk, size);
    }

    /** The programs with these ids, in the order of the ids; a program deleted meanwhile is left out. */
    private <R> List<R> inOrder(Listing.SqlRows<R> read, long[] ids, Function<R, Long> idOf) {
        if (ids.length == 0) {
            return List.of();
        }
        Map<Long, R> byId = new HashMap<>(ids.length * 2);
        for (R program : read.list(getEntityManager(), " where p.id = any (:ids)", Map.of("ids", ids))) {
            byId.put(idOf.apply(program), program);
        }
        List<R> ordered = new ArrayList<>(ids.length);
        for (long id : ids) {
            R program = byId.get(id);
            if (program != null) {
                ordered.add(program);
            }
        }
        return ordered;
    }

    /** What pathways show of a program: a row of plain values, not a managed entity. */
    public record Summary(long id, String institution, String name, String state, String deliveryMode,
                          String awardLevel, Boolean accredited, BigDecimal cost, String currency,
                          Boolean examFeeIncluded, Integer durationMonths) {
    }

    private static final Listing.SqlRows<Summary> SUMMARIES = new Listing.SqlRows<>(FROM, List.of(
            column("id", "p.id", Long.class), column("institution", "p.institution", String.class),
            column("name", "p.name", String.class), column("state", "r.code", String.class),
            column("delivery_mode", "p.delivery_mode", String.class), column("award_level", "p.award_level", String.class),
            column("accredited", "p.accredited", Boolean.class), column("cost", "p.cost", BigDecimal.class),
            column("currency", "p.currency", String.class), column("exam_fee_included", "p.exam_fee_included", Boolean.class),
            column("duration_months", "p.duration_months", Integer.class)),
            row -> new Summary(row.get("id", Long.class), row.get("institution", String.class),
                    row.get("name", String.class), row.get("state", String.class),
                    row.get("delivery_mode", String.class), row.get("award_level", String.class),
                    row.get("accredited", Boolean.class), row.get("cost", BigDecimal.class),
                    row.get("currency", String.class), row.get("exam_fee_included", Boolean.class),
                    row.get("duration_months", Integer.class)));

    /**
     * Every program matching the filters, in no particular order, for pathways, as a stream that lives while
     * {@code use} runs: a common credential has hundreds of thousands of programs at the scale of the benchmark,
     * too many to hold at once. Fetched in batches when the caller runs in a transaction; unsorted, so the first
     * batch comes without the whole result being sorted.
     */
    public <R> R summaries(ProgramCriteria criteria, Function<Stream<Summary>, R> use) {
        Filter filter = ProgramFilter.sql(criteria);
        return SUMMARIES.stream(getEntityManager(), filter.whereClause(), filter.parameters(), use);
    }

    /** What pathways rank a program's route by: its cost, months and whether the cost includes the exam. */
    public record Priced(long id, BigDecimal cost, Integer durationMonths, boolean examFeeIncluded) {
    }

    private static final Listing.SqlRows<Priced> PRICED = new Listing.SqlRows<>(FROM, List.of(
            column("id", "p.id", Long.class), column("cost", "p.cost", BigDecimal.class),
            column("duration_months", "p.duration_months", Integer.class),
            column("exam_fee_included", "p.exam_fee_included", Boolean.class)),
            row -> new Priced(row.get("id", Long.class), row.get("cost", BigDecimal.class),
                    row.get("duration_months", Integer.class),
                    Boolean.TRUE.equals(row.get("exam_fee_included", Boolean.class))));

    /**
     * The same programs as {@link #summaries(ProgramCriteria, Function)}, each read as what ranks its route only: a
     * credential's tens of thousands of programs are ranked, and only the page's summaries are read. Where the facets
     * of the current data are built, from the values they keep, without a query: reading those programs cost
     * PostgreSQL about a second a request at ten times the benchmark's scale (bench/README.md, step 58).
     */
    public <R> R priced(ProgramCriteria criteria, Function<Stream<Priced>, R> use) {
        Optional<Stream<Priced>> kept = facets.read(criteria, program -> new Priced(program.id(),
                cents(program.value(ProgramFilter.Column.COST_CENTS)),
                months(program.value(ProgramFilter.Column.MONTHS)),
                Boolean.TRUE.equals(program.flag(ProgramFilter.Column.EXAM_FEE_INCLUDED))));
        if (kept.isPresent()) {
            return use.apply(kept.get());
        }
        Filter filter = ProgramFilter.sql(criteria);
        return PRICED.stream(getEntityManager(), filter.whereClause(), filter.parameters(), use);
    }

    private static BigDecimal cents(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }

    private static Integer months(Long months) {
        return months == null ? null : Math.toIntExact(months);
    }

    /** The summaries of the programs with these ids, by id; a program deleted meanwhile has none. */
    public Map<Long, Summary> summaries(long[] ids) {
        return ids.length == 0 ? Map.of() : SUMMARIES.list(getEntityManager(), " where p.id = any (:ids)",
                Map.of("ids", ids)).stream().collect(Collectors.toMap(Summary::id, Function.identity()));
    }

    /** How many programs prepare for each of these credentials, by code; codes no program names are absent. */
    public Map<String, Long> countByCertification(List<String> codes) {
        return getEntityManager().createQuery("select c.code, count(p) from Program p join p.certifications c "
                        + "where c.code in :codes group by c.code", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** The ids of the credentials with these codes, for {@link ProgramCriteria}; unknown codes have none. */
    public List<Long> certificationIds(List<String> codes) {
        return cache.get("certification ids " + codes, () -> getEntityManager()
                .createQuery("select c.id from Certification c where c.code in :codes", Long.class)
                .setParameter("codes", codes).getResultList());
    }

    /**
     * One program as the item and the writes answer it, with its credential links and their reasons, which the
     * entity's many-to-many does not carry: so that it shows what its entry in the list shows.
     */
    public ProgramView view(Program program, List<SourceView> sources) {
        return ProgramView.from(program, credentialLinks(program.id), sources);
    }

    private List<ProgramView.CredentialLink> credentialLinks(long programId) {
        Object joined = getEntityManager().createNativeQuery("select credential_links from program where id = :id")
                .setParameter("id", programId).getSingleResult();
        return credentialLinks((String) joined);
    }

    /**
     * The links of {@code program.credential_links} (V91: {@code certificationId:reason} pairs joined by commas), in
     * code order. The codes are looked up in Java, from the credentials read once per data version: a join to them
     * for every row cost an export a sixth of PostgreSQL's time.
     */
    private List<ProgramView.CredentialLink> credentialLinks(String joined) {
        if (joined == null) {
            return List.of();
        }
        Map<Long, String> codes = cache.get("certification codes by id", () -> getEntityManager()
                .createQuery("select c.id, c.code from Certification c", Object[].class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(row -> (Long) row[0], row -> (String) row[1])));
        // Parsed in a loop, not split and streamed: an export reads this for every program.
        List<ProgramView.CredentialLink> links = new ArrayList<>(2);
        for (int start = 0; start < joined.length(); ) {
            int end = joined.indexOf(',', start);
            end = end < 0 ? joined.length() : end;
            int colon = joined.indexOf(':', start);
            String reason = joined.substring(colon + 1, end);
            links.add(new ProgramView.CredentialLink(codes.get(Long.parseLong(joined, start, colon, 10)),
                    reason.isEmpty() ? null : reason));
            start = end + 1;
        }
        links.sort(Comparator.comparing(ProgramView.CredentialLink::code));
        return links;
    }

    private static List<String> codes(List<ProgramView.CredentialLink> links) {
        List<String> codes = new ArrayList<>(links.size());
        for (ProgramView.CredentialLink link : links) {
            codes.add(link.code());
        }
        return codes;
    }

    /** The credentials' codes are those of the links, read once: a second subquery per row cost PostgreSQL as much. */
    private ProgramView view(Listing.SqlRows.Row row) {
        List<ProgramView.CredentialLink> links = credentialLinks(row.get("credential_links", String.class));
        String restrictions = row.get("service_restricted_to", String.class);
        return new ProgramView(row.get("id", Long.class), row.get("institution", String.class),
                row.get("name", String.class), codes(links),
                row.get("credential_text", String.class), row.get("award_level", String.class),
                row.get("award_text", String.class), row.get("delivery_mode", String.class),
                row.get("delivery_text", String.class), row.get("duration_months", Integer.class),
                row.get("duration_text", String.class), row.get("credit_hours", BigDecimal.class),
                row.get("clock_hours", BigDecimal.class), row.get("hours_text", String.class),
                row.get("accredited", Boolean.class), row.get("accreditation", String.class),
                row.get("accreditor", String.class),
                Money.of(row.get("cost", BigDecimal.class), row.get("currency", String.class)),
                ProgramView.Basis.of(row.get("cost", BigDecimal.class), row.get("cost_basis", String.class),
                        ProgramDerivation.costRule(row.get("cost_method", String.class)), row.get("cost_inputs", String.class)),
                ProgramView.costScope(row.get("cost", BigDecimal.class), row.get("cost_scope", String.class)),
                ProgramView.Basis.of(row.get("duration_months", Integer.class), row.get("duration_basis", String.class),
                        row.get("duration_method", String.class), row.get("duration_inputs", String.class)),
                row.get("cost_notes", String.class), row.get("state", String.class),
                restrictions == null ? null : List.of(restrictions.split(",")),
                links, row.get("cip_code", String.class), row.get("unit_id", Integer.class),
                ProgramView.Completions.of(row.get("completions", Integer.class), row.get("completions_year", String.class)),
                row.get("notes", String.class), null, row.get("updated_at", OffsetDateTime.class), List.of());
    }
}
