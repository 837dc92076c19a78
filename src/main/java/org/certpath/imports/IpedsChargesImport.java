package org.certpath.imports;

import org.certpath.curation.Curated;
import org.certpath.program.InstitutionCharges;
import org.certpath.program.InstitutionChargesInput;
import org.certpath.program.InstitutionChargesRepository;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The IPEDS student charges for academic-year programs ({@code IC2023_AY}): average tuition, required fees and
 * per-credit charges of full-time undergraduates by residency (1 in-district, 2 in-state, 3 out-of-state) and
 * books and supplies ({@code CHG4AY3}, the file's current year). A UNITID the directory does not hold is a bad
 * row: import the directory of the same year first.
 */
final class IpedsChargesImport extends ImportKind<InstitutionCharges, InstitutionChargesInput> {

    static final List<String> COLUMNS = List.of("UNITID", "TUITION1", "FEE1", "HRCHG1", "TUITION2", "FEE2", "HRCHG2",
            "TUITION3", "FEE3", "HRCHG3", "CHG4AY3");

    private final InstitutionChargesRepository charges;
    private final Set<Integer> directory;
    private final String academicYear;
    private final int year;

    IpedsChargesImport(Curated<InstitutionCharges, InstitutionChargesInput> collection,
                       InstitutionChargesRepository charges, Set<Integer> directory, int year,
                       ImportReport.SourceRef source) {
        super("ipeds-charges", collection, source);
        this.charges = charges;
        this.directory = directory;
        this.year = year;
        this.academicYear = IpedsFile.academicYear(year);
    }

    static IpedsFile.Name file(int year) {
        return new IpedsFile.Name("IC" + year + "_AY", "Student charges for academic year programs",
                "IPEDS charges for academic year " + IpedsFile.academicYear(year) + " (IC" + year + "_AY)");
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        return IpedsFile.header(COLUMNS, columns, "charges (IC_AY)", bad);
    }

    @Override
    Optional<InstitutionChargesInput> parse(Cells row, ImportReport.Tally tally) {
        Cells cells = row.upperCased();
        Integer unitId = IpedsFile.unitId(cells);
        InstitutionChargesInput.Residency inDistrict = residency(cells, "1");
        InstitutionChargesInput.Residency inState = residency(cells, "2");
        InstitutionChargesInput.Residency outOfState = residency(cells, "3");
        BigDecimal books = IpedsFile.amount(cells, "CHG4AY3");
        if (unitId != null && !directory.contains(unitId)) {
            cells.invalid("UNITID", unitId + " is not in the IPEDS directory this API holds: import HD" + year
                    + " through /v1/imports/ipeds-institutions first.");
        }
        if (!cells.valid()) {
            return Optional.empty();
        }
        if (Stream.of(inDistrict, inState, outOfState).allMatch(IpedsChargesImport::empty) && books == null) {
            tally.ignore("no undergraduate charges published");
            return Optional.empty();
        }
        return Optional.of(new InstitutionChargesInput(unitId, academicYear, inDistrict, inState, outOfState, books,
                List.of(IpedsFile.sourceInput(source(), List.of()))));
    }

    private static InstitutionChargesInput.Residency residency(Cells cells, String suffix) {
        return new InstitutionChargesInput.Residency(IpedsFile.amount(cells, "TUITION" + suffix),
                IpedsFile.amount(cells, "FEE" + suffix), IpedsFile.amount(cells, "HRCHG" + suffix));
    }

    private static boolean empty(InstitutionChargesInput.Residency residency) {
        return residency.tuition() == null && residency.fees() == null && residency.perCredit() == null;
    }

    @Override
    String identity(InstitutionChargesInput input) {
        return input.unitId() + "/" + input.academicYear();
    }

    @Override
    Map<String, InstitutionCharges> stored(List<InstitutionChargesInput> inputs) {
        Map<String, InstitutionCharges> stored = new HashMap<>();
        charges.of(academicYear, inputs.stream().map(InstitutionChargesInput::unitId).toList())
                .forEach(item -> stored.put(item.unitId + "/" + item.academicYear, item));
        return stored;
    }

    @Override
    void conclude(ImportReport.Tally tally) {
        tally.notes.add("IPEDS '.' (not applicable, not reported) and empty cells are stored as null.");
        tally.notes.add("Charges are the institution's, for all its programs: the completions import cites them as a"
                + " program's cost marked costScope 'institution'.");
    }
}
