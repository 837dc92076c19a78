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
import org.certpath.occupation.Occupation;
import org.certpath.occupation.OccupationRepository;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
    private final OccupationRepository occupations;
    private final Event<DataChanged> changes;

    public Importer(BodyLimits limits, Validator validator, InputReader inputs, SourceLinks sourceLinks, AuditLog audit,
                    EntityManager entityManager, SalaryCuration salaryCuration, SalaryRepository salaries,
                    OutlookCuration outlookCuration, OutlookRepository outlooks, ProgramCuration programCuration,
                    ProgramRepository programs, RegionRepository regions, OccupationRepository occupations,
                    Event<DataChanged> changes) {
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
        this.occupations = occupations;
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
    private RegionRepository.MetroChange saveMetro(RegionRepository.Metro metro, boolean dryRun,
                                                   ImportReport.SourceRef source) {
        RegionRepository.MetroChange change = regions.saveMetro(metro, dryRun);
        if (change.changed() && !dryRun) {
            List<SourceInput> sources = List.of(OewsImport.sourceInput(source));
            if (change.before() == null) {
                sourceLinks.add("region", change.region().id, sources);
            } else {
                sourceLinks.replace("region", change.region().id, sources);
            }
            audit.record("import", "region", metro.code(), change.before(), metro);
        }
        return change;
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
        return run(kind, label, body, StandardCharsets.UTF_8, dryRun);
    }

    /** Reads a file in {@code charset}; every official file is UTF-8 but the ones a publisher writes otherwise. */
    <E extends CuratedEntity, I extends Curated.Input> ImportReport run(ImportKind<E, I> kind, String label,
                                                                        InputStream body, Charset charset,
                                                                        boolean dryRun) {
        BadRows bad = new BadRows();
        ImportReport.Tally tally = new ImportReport.Tally();
        List<Kept<I>> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        read(body, charset, CsvStream.Format.CSV, columns -> kind.header(columns, bad), cells -> kind.parse(cells, tally)
                .ifPresent(input -> keep(kind, cells.line(), input, seen, kept, bad)), bad, tally);
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
                    write(kind, row, Optional.ofNullable(stored.get(kind.identity(row.input()))), dryRun, tally, bad);
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

    /**
     * The read phase of every import: streams the file, counting its rows and handing each to {@code rows} once the
     * header passed; stops with every bad line (422) when any row is bad.
     */
    private void read(InputStream body, Charset charset, CsvStream.Format format, Predicate<List<String>> header,
                      Consumer<Cells> rows, BadRows bad, ImportReport.Tally tally) {
        boolean[] headerRead = {false};
        try {
            CsvStream.read(body, charset, format, limits.imports(), limits.importBodyTimeout(),
                    columns -> headerRead[0] = header.test(columns), row -> {
                if (!headerRead[0]) {
                    return;
                }
                tally.rows++;
                rows.accept(new Cells(row, bad));
            });
        } catch (CsvStream.Unreadable e) {
            bad.add(e.line, e.getMessage());
        }
        bad.throwIfAny();
    }

    /**
     * An O*NET database file: makes the list it gives (titles or tasks) each tracked occupation's list of that kind,
     * in one transaction; an occupation the file does not name keeps its list.
     */
    public ImportReport onet(OnetFile file, InputStream body, String release, Optional<String> sourceUrl,
                             Optional<String> asOf, boolean dryRun) {
        BadRows bad = new BadRows();
        ImportReport.Tally tally = new ImportReport.Tally();
        ImportReport.SourceRef source = OnetFile.source(file, release, sourceUrl, asOf);
        OnetFile.Reading reading = file.new Reading(trackedOccupations());
        read(body, StandardCharsets.UTF_8, CsvStream.Format.TSV, columns -> reading.header(columns, bad), cells -> reading.parse(cells, tally),
                bad, tally);
        SourceInput sourceInput = OewsImport.sourceInput(source);
        SourceInput cited = new SourceInput(sourceInput.url(), null, sourceInput.publisher(), sourceInput.title(),
                sourceInput.asOf(), sourceInput.kind(), List.of(file.field), sourceInput.confidenceNote());
        return QuarkusTransaction.requiringNew().call(() -> {
            DataVersion.deferBump(entityManager);
            int removed = 0;
            for (Map.Entry<String, List<String>> list : reading.lists().entrySet()) {
                Occupation occupation = occupations.findBySoc(list.getKey()).orElseThrow();
                List<String> before = onetList(occupation, file);
                if (dryRun) {
                    // Weighed on a detached copy, so that nothing of it is written.
                    entityManager.detach(occupation);
                }
                Occupation.ListChange change = file.titles() ? occupation.replaceTitles(file.list, list.getValue())
                        : occupation.replaceDuties(file.list, list.getValue());
                tally.inserted += change.inserted();
                tally.updated += change.updated();
                tally.unchanged += change.unchanged();
                removed += change.removed();
                if (change.changed() && !dryRun) {
                    occupation.touch();
                    sourceLinks.append("occupation", occupation.id, cited);
                    audit.record("import", "occupation", occupation.socCode, Map.of(file.field, before),
                            Map.of(file.field, onetList(occupation, file)));
                }
            }
            if (removed > 0) {
                tally.notes.add(removed + " " + (file.titles() ? "title(s)" : "task(s)") + " of the list '" + file.list
                        + "' that the file no longer names" + (dryRun ? " would be" : " were") + " removed from it.");
            }
            ImportReport report = tally.report(file.kind, dryRun, source);
            if (!dryRun) {
                audit.record("import", "import", file.kind + " " + release, null, report);
                DataVersion.bumpOnce(entityManager);
                changes.fire(new DataChanged("occupation"));
            }
            return report;
        });
    }

    /** The occupation's list that an O*NET file gives: its titles of that list, or its duties of that kind. */
    private static List<String> onetList(Occupation occupation, OnetFile file) {
        return file.titles()
                ? occupation.alternateTitles.stream().filter(t -> List.of(t.kinds).contains(file.list))
                        .map(t -> t.title).toList()
                : occupation.duties.stream().filter(d -> file.list.equals(d.kind)).map(d -> d.text).toList();
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

    private <E extends CuratedEntity, I extends Curated.Input> void write(ImportKind<E, I> kind, Kept<I> row,
                                                                          Optional<E> stored, boolean dryRun,
                                                                          ImportReport.Tally tally, BadRows bad) {
        Curated<E, I> collection = kind.collection();
        I before = stored.map(entity -> collection.toInput(entity,
                sourceLinks.inputsOf(collection.recordType(), entity.id))).orElse(null);
        I input = before == null ? row.input() : kind.over(row.input(), before, tally);
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

    Set<String> regionCodes() {
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
