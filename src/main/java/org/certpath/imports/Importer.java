package org.certpath.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.certpath.api.BodyLimits;
import org.certpath.api.DataVersion;
import org.certpath.audit.AuditLog;
import org.certpath.certification.Certification;
import org.certpath.curation.Curated;
import org.certpath.curation.CuratedEntity;
import org.certpath.curation.DataChanged;
import org.certpath.curation.InputReader;
import org.certpath.curation.Violations;
import org.certpath.outlook.OutlookCuration;
import org.certpath.outlook.OutlookRepository;
import org.certpath.program.ProgramCuration;
import org.certpath.program.ProgramRepository;
import org.certpath.provenance.SourceLinks;
import org.certpath.provenance.SourceInput;
import org.certpath.region.RegionRepository;
import org.certpath.salary.SalaryCuration;
import org.certpath.salary.SalaryRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an import in two steps. The file is streamed and checked first, without a database
 * connection held and keeping only the rows the API will store; a file with any bad row stops
 * there. Then every row is written in one transaction, so an import is all or nothing; a dry run
 * compares instead of writing.
 */
@ApplicationScoped
public class Importer {

    /**
     * Rows written between two flushes that also empty the persistence context: without that, every
     * flush (several per row: before each query, and before its provenance is written) compares
     * every entity the import has touched so far, which makes an import quadratic in its rows. The
     * stored items of a chunk are looked up together.
     */
    private static final int ROWS_PER_FLUSH = 25;

    private final BodyLimits limits;
    private final Validator validator;
    private final InputReader inputs;
    private final SourceLinks sourceLinks;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final SalaryCuration salaryCuration;
    private final SalaryRepository salaries;
    private final OutlookCuration outlookCuration;
    private final OutlookRepository outlooks;
    private final ProgramCuration programCuration;
    private final ProgramRepository programs;
    private final RegionRepository regions;
    private final Event<DataChanged> changes;

    public Importer(BodyLimits limits, Validator validator, InputReader inputs, SourceLinks sourceLinks, AuditLog audit,
                    EntityManager entityManager, SalaryCuration salaryCuration, SalaryRepository salaries,
                    OutlookCuration outlookCuration, OutlookRepository outlooks, ProgramCuration programCuration,
                    ProgramRepository programs, RegionRepository regions, Event<DataChanged> changes) {
        this.limits = limits;
        this.validator = validator;
        this.inputs = inputs;
        this.sourceLinks = sourceLinks;
        this.audit = audit;
        this.entityManager = entityManager;
        this.salaryCuration = salaryCuration;
        this.salaries = salaries;
        this.outlookCuration = outlookCuration;
        this.outlooks = outlooks;
        this.programCuration = programCuration;
        this.programs = programs;
        this.regions = regions;
        this.changes = changes;
    }

    public ImportReport oews(InputStream body, String edition, Optional<String> sourceUrl, Optional<String> asOf,
                             boolean dryRun) {
        ImportReport.SourceRef source = OewsImport.defaultSource(edition, sourceUrl, asOf);
        OewsImport kind = new OewsImport(salaryCuration, salaries, edition, trackedOccupations(), regionCodes(),
                (metro, dry) -> saveMetro(metro, dry, source), source);
        return run(kind, "oews " + edition, body, dryRun);
    }

    /** A metro area an OEWS file names, with the file as its source; see {@link OewsImport.Metros}. */
    private Optional<RegionRepository.Metro> saveMetro(RegionRepository.Metro metro, boolean dryRun,
                                                       ImportReport.SourceRef source) {
        RegionRepository.MetroChange change = regions.saveMetro(metro, dryRun);
        if (!change.changed()) {
            return null;
        }
        if (!dryRun) {
            List<SourceInput> sources = List.of(OewsImport.sourceInput(source));
            if (change.before() == null) {
                sourceLinks.add("region", change.region().id, sources);
            } else {
                sourceLinks.replace("region", change.region().id, sources);
            }
            audit.record("import", "region", metro.code(), change.before(), metro);
        }
        return Optional.ofNullable(change.before());
    }

    public ImportReport projections(InputStream body, String period, Optional<String> sourceUrl, Optional<String> asOf,
                                    boolean dryRun) {
        ProjectionsImport kind = new ProjectionsImport(outlookCuration, outlooks, period, trackedOccupations(),
                ProjectionsImport.defaultSource(period, sourceUrl, asOf));
        return run(kind, "projections " + period, body, dryRun);
    }

    public ImportReport stateProjections(InputStream body, Optional<String> sourceUrl, Optional<String> asOf,
                                         boolean dryRun) {
        Map<String, String> statesByFips = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("select r.fipsCode, r.code from Region r where r.fipsCode is not null", Object[].class)
                .getResultList().forEach(row -> statesByFips.put((String) row[0], (String) row[1])));
        StateProjectionsImport kind = new StateProjectionsImport(outlookCuration, outlooks, trackedOccupations(),
                statesByFips, StateProjectionsImport.defaultSource(sourceUrl, asOf));
        return run(kind, "state-projections", body, dryRun);
    }

    public ImportReport programs(InputStream body, boolean dryRun) {
        Map<String, String> certifications = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("select c.acronym, c.code from Certification c", Object[].class).getResultList()
                .forEach(row -> certifications.put((String) row[0], (String) row[1])));
        ProgramsImport kind = new ProgramsImport(programCuration, programs, regionCodes(), certifications,
                editorial("editorial/award-levels.csv", "award_level", "level"),
                editorial("editorial/delivery-modes.csv", "delivery_mode", "mode"));
        return run(kind, "programs", body, dryRun);
    }

    private <E extends CuratedEntity, I extends Curated.Input> ImportReport run(ImportKind<E, I> kind, String label,
                                                                                InputStream body, boolean dryRun) {
        BadRows bad = new BadRows();
        ImportReport.Tally tally = new ImportReport.Tally();
        List<Kept<I>> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] headerRead = {false};
        try {
            CsvStream.read(body, limits.imports(), limits.importBodyTimeout(),
                    columns -> headerRead[0] = kind.header(columns, bad), row -> {
                if (!headerRead[0]) {
                    return;
                }
                tally.rows++;
                kind.parse(new Cells(row, bad), tally).ifPresent(input -> keep(kind, row.line(), input, seen, kept, bad));
            });
        } catch (CsvStream.Unreadable e) {
            bad.add(e.line, e.getMessage());
        }
        bad.throwIfAny();
        kind.conclude(tally);
        return QuarkusTransaction.requiringNew().call(() -> {
            DataVersion.deferBump(entityManager);
            kind.prepare(dryRun, tally);
            entityManager.flush();
            // The queries of the write phase read what no earlier row of the file changes (a file names each
            // item once; what the rows refer to was written just above), so they need not flush first.
            entityManager.setFlushMode(FlushModeType.COMMIT);
            for (int from = 0; from < kept.size(); from += ROWS_PER_FLUSH) {
                List<Kept<I>> chunk = kept.subList(from, Math.min(from + ROWS_PER_FLUSH, kept.size()));
                Map<String, E> stored = kind.stored(chunk.stream().map(Kept::input).toList());
                for (Kept<I> row : chunk) {
                    write(kind.collection(), row, Optional.ofNullable(stored.get(kind.identity(row.input()))), dryRun,
                            tally, bad);
                }
                entityManager.flush();
                entityManager.clear();
            }
            bad.throwIfAny();
            ImportReport report = tally.report(kind.name(), dryRun, kind.source());
            if (!dryRun) {
                audit.record("import", "import", label, null, report);
                DataVersion.bumpOnce(entityManager);
                changes.fire(new DataChanged(kind.collection().recordType()));
            }
            return report;
        });
    }

    private record Kept<I>(int line, I input) {
    }

    private <E extends CuratedEntity, I extends Curated.Input> void keep(ImportKind<E, I> kind, int line, I input,
                                                                         Map<String, Integer> seen, List<Kept<I>> kept,
                                                                         BadRows bad) {
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        violations.forEach(violation -> bad.add(line, violation.getPropertyPath() + ": " + violation.getMessage() + "."));
        Integer first = seen.putIfAbsent(kind.identity(input), line);
        if (first != null) {
            bad.add(line, "The same item (" + kind.identity(input) + ") as line " + first + ".");
        } else if (violations.isEmpty()) {
            kept.add(new Kept<>(line, input));
        }
    }

    private <E extends CuratedEntity, I extends Curated.Input> void write(Curated<E, I> collection, Kept<I> row,
                                                                          Optional<E> stored, boolean dryRun,
                                                                          ImportReport.Tally tally, BadRows bad) {
        I input = row.input();
        I before = stored.map(entity -> collection.toInput(entity,
                sourceLinks.inputsOf(collection.recordType(), entity.id))).orElse(null);
        if (before != null && inputs.tree(before).equals(inputs.tree(input))) {
            tally.unchanged++;
            return;
        }
        if (before == null) {
            tally.inserted++;
        } else {
            tally.updated++;
        }
        if (dryRun) {
            return;
        }
        E entity = stored.orElseGet(collection::newEntity);
        Violations violations = new Violations();
        collection.apply(input, entity, violations);
        if (!violations.isEmpty()) {
            bad.add(row.line(), "Refers to something this API does not have.");
            return;
        }
        if (before == null) {
            collection.persist(entity);
        } else {
            entity.touch();
        }
        // No flush here: the links are written in SQL by record id, and the audit events of many rows
        // then go to the database in one batch at the periodic flush of run().
        if (before == null) {
            sourceLinks.add(collection.recordType(), entity.id, input.sources());
        } else {
            sourceLinks.replace(collection.recordType(), entity.id, input.sources());
        }
        audit.record("import", collection.recordType(), collection.key(entity), before,
                collection.toInput(entity, input.sources()));
    }

    private Set<String> trackedOccupations() {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createQuery("select o.socCode from Occupation o", String.class).getResultList()));
    }

    private Set<String> regionCodes() {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createQuery("select r.code from Region r", String.class).getResultList()));
    }

    /** An editorial classification of the reference data: wording → class (null where it has none). */
    private static Map<String, String> editorial(String file, String wording, String classColumn) {
        Map<String, String> classes = new HashMap<>();
        try (InputStream in = Importer.class.getClassLoader().getResourceAsStream("reference-data/" + file);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            rows.forEachRemaining(row -> {
                String value = row.get(classColumn).trim();
                classes.put(row.get(wording).trim(), value.isEmpty() ? null : value);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }
}
