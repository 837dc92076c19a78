package org.certpath.imports;

import org.certpath.curation.Curated;
import org.certpath.program.Institution;
import org.certpath.program.InstitutionInput;
import org.certpath.program.InstitutionRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IPEDS institutional directory ({@code HD2023}): one row per institution. Every row is kept, whatever
 * the institution teaches, so that the completions of any year find their institution.
 */
final class IpedsDirectoryImport extends ImportKind<Institution, InstitutionInput> {

    static final List<String> COLUMNS = List.of("UNITID", "INSTNM", "CITY", "STABBR", "ZIP", "WEBADDR");

    private final InstitutionRepository institutions;

    IpedsDirectoryImport(Curated<Institution, InstitutionInput> collection, InstitutionRepository institutions,
                         ImportReport.SourceRef source) {
        super("ipeds-institutions", collection, source);
        this.institutions = institutions;
    }

    static IpedsFile.Name file(int year) {
        return new IpedsFile.Name("HD" + year, "Directory information",
                "IPEDS " + IpedsFile.academicYear(year) + " collection (HD" + year + ")");
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        return IpedsFile.header(COLUMNS, columns, "directory (HD)", bad);
    }

    @Override
    Optional<InstitutionInput> parse(Cells row, ImportReport.Tally tally) {
        Cells cells = row.upperCased();
        Integer unitId = IpedsFile.unitId(cells);
        String name = cells.text("INSTNM");
        if (name == null) {
            cells.invalid("INSTNM", "Missing: every institution has a name.");
        }
        String state = cells.text("STABBR");
        if (state != null && !state.matches("[A-Za-z]{2}")) {
            cells.invalid("STABBR", "'" + state + "' is not a two-letter USPS code.");
        }
        if (!cells.valid()) {
            return Optional.empty();
        }
        return Optional.of(new InstitutionInput(unitId, name, cells.text("CITY"),
                state == null ? null : state.toUpperCase(Locale.ROOT), cells.text("ZIP"), cells.text("WEBADDR"),
                List.of(IpedsFile.sourceInput(source(), List.of()))));
    }

    @Override
    String identity(InstitutionInput input) {
        return String.valueOf(input.unitId());
    }

    @Override
    Map<String, Institution> stored(List<InstitutionInput> inputs) {
        Map<String, Institution> stored = new HashMap<>();
        institutions.byUnitIds(inputs.stream().map(InstitutionInput::unitId).toList())
                .forEach(institution -> stored.put(String.valueOf(institution.unitId), institution));
        return stored;
    }
}
