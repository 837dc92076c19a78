package org.certpath.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.curation.CuratedEntity;
import org.certpath.program.CipCode;
import org.certpath.program.Institution;
import org.certpath.program.InstitutionCharges;
import org.certpath.program.InstitutionChargesCuration;
import org.certpath.program.InstitutionChargesInput;
import org.certpath.program.InstitutionChargesRepository;
import org.certpath.program.InstitutionCuration;
import org.certpath.program.InstitutionInput;
import org.certpath.program.InstitutionRepository;
import org.certpath.program.IpedsProgramCuration;
import org.certpath.program.ProgramRepository;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceView;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three IPEDS files, in the order an operator loads them: the directory, the charges, the completions.
 * Each later file reads what the earlier ones stored, all of it before the file is streamed.
 */
@ApplicationScoped
public class IpedsImports {

    /** Record ids per query of their sources: well under PostgreSQL's limit on the parameters of a statement. */
    private static final int IDS_PER_QUERY = 5000;

    private final Importer importer;
    private final IpedsConfig config;
    private final InstitutionCuration institutionCuration;
    private final InstitutionRepository institutions;
    private final InstitutionChargesCuration chargesCuration;
    private final InstitutionChargesRepository charges;
    private final IpedsProgramCuration programCuration;
    private final ProgramRepository programs;
    private final RecordSourceRepository recordSources;

    public IpedsImports(Importer importer, IpedsConfig config, InstitutionCuration institutionCuration,
                        InstitutionRepository institutions, InstitutionChargesCuration chargesCuration,
                        InstitutionChargesRepository charges, IpedsProgramCuration programCuration,
                        ProgramRepository programs, RecordSourceRepository recordSources) {
        this.importer = importer;
        this.config = config;
        this.institutionCuration = institutionCuration;
        this.institutions = institutions;
        this.chargesCuration = chargesCuration;
        this.charges = charges;
        this.programCuration = programCuration;
        this.programs = programs;
        this.recordSources = recordSources;
    }

    ImportReport institutions(InputStream body, ImportParameters.Ipeds parameters) {
        int year = parameters.year();
        IpedsFile.Name file = IpedsDirectoryImport.file(year);
        IpedsDirectoryImport kind = new IpedsDirectoryImport(institutionCuration, institutions,
                file.source(parameters.sourceUrl(), parameters.asOf()));
        return importer.run(kind, "ipeds-institutions " + file.file(), body, parameters.encoding(), parameters.dryRun());
    }

    ImportReport charges(InputStream body, ImportParameters.Ipeds parameters) {
        int year = parameters.year();
        IpedsFile.Name file = IpedsChargesImport.file(year);
        Set<Integer> directory = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(institutions
                .getEntityManager().createQuery("select i.unitId from Institution i", Integer.class).getResultList()));
        IpedsChargesImport kind = new IpedsChargesImport(chargesCuration, charges, directory, year,
                file.source(parameters.sourceUrl(), parameters.asOf()));
        return importer.run(kind, "ipeds-charges " + file.file(), body, parameters.encoding(), parameters.dryRun());
    }

    ImportReport completions(InputStream body, ImportParameters.Ipeds parameters) {
        int year = parameters.year();
        IpedsFile.Name file = IpedsCompletionsImport.file(year);
        Set<String> cipCodes = config.cipCodes().stream()
                .map(code -> CipCode.normalize(code).orElseThrow(() -> new IllegalStateException(
                        "certpath.ipeds.cip-codes: '" + code + "' is not a CIP code such as 51.0707")))
                .collect(Collectors.toSet());
        Map<Integer, InstitutionInput> directory = QuarkusTransaction.requiringNew().call(() -> withSources(
                institutions.listAll(), Institution.RECORD_TYPE, i -> i.unitId, InstitutionInput::from));
        // The latest academic year of each institution's charges.
        Map<Integer, InstitutionChargesInput> latestCharges = QuarkusTransaction.requiringNew().call(() -> withSources(
                charges.list("from InstitutionCharges c where c.academicYear = (select max(d.academicYear) "
                        + "from InstitutionCharges d where d.unitId = c.unitId)"),
                InstitutionCharges.RECORD_TYPE, c -> c.unitId, InstitutionChargesInput::from));
        IpedsCompletionsImport kind = new IpedsCompletionsImport(programCuration, programs, cipCodes, directory,
                latestCharges, importer.regionCodes(), year,
                file.source(parameters.sourceUrl(), parameters.asOf()));
        return importer.run(kind, "ipeds-completions " + file.file(), body, parameters.encoding(), parameters.dryRun());
    }

    /** Each item as input with its sources, by UNITID. */
    private <E extends CuratedEntity, I> Map<Integer, I> withSources(
            List<E> items, String recordType, Function<E, Integer> unitId, BiFunction<E, List<SourceInput>, I> input) {
        Map<Long, List<SourceView>> sources = new HashMap<>();
        List<Long> ids = items.stream().map(item -> item.id).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            sources.putAll(recordSources.sourcesOf(recordType, ids.subList(from, Math.min(from + IDS_PER_QUERY,
                    ids.size()))));
        }
        Map<Integer, I> byUnitId = new HashMap<>();
        items.forEach(item -> byUnitId.put(unitId.apply(item), input.apply(item,
                sources.getOrDefault(item.id, List.of()).stream().map(SourceInput::from).toList())));
        return byUnitId;
    }
}
