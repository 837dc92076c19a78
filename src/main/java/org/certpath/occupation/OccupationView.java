package org.certpath.occupation;

import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public record OccupationView(String soc, String title, String typicalEducation, String notes, List<DutyView> duties,
                             List<AlternateTitleView> alternateTitles, List<CredentialLink> credentials,
                             OffsetDateTime updatedAt, List<SourceView> sources) {

    /** A duty in the order of its source; {@code kind} names the source list it comes from. */
    public record DutyView(int position, String kind, String text) {
    }

    /** A job title people search for; {@code kinds} names the lists that give it. */
    public record AlternateTitleView(String title, List<String> kinds) {
    }

    /**
     * A credential that leads to this occupation, why ({@code basis}), the occupation title that made the
     * link where one did, and the page that says so (null for an editorial link).
     */
    public record CredentialLink(String code, String acronym, String name, String basis, String matchedTitle,
                                 String note, SourceView source) {
    }

    public static OccupationView from(Occupation o, List<SourceView> sources, List<CredentialLink> credentials) {
        List<DutyView> duties = new ArrayList<>();
        for (int i = 0; i < o.duties.size(); i++) {
            duties.add(new DutyView(i + 1, o.duties.get(i).kind, o.duties.get(i).text));
        }
        List<AlternateTitleView> titles = o.alternateTitles.stream()
                .map(t -> new AlternateTitleView(t.title, Arrays.asList(t.kinds))).toList();
        return new OccupationView(o.socCode, o.title, o.typicalEducation, o.notes, duties, titles, credentials,
                o.updatedAt, sources);
    }
}
