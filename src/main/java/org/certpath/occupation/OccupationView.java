package org.certpath.occupation;

import org.certpath.provenance.SourceView;

import java.time.OffsetDateTime;
import java.util.List;

public record OccupationView(String soc, String title, String typicalEducation, String notes, List<DutyView> duties,
                             OffsetDateTime updatedAt, List<SourceView> sources) {

    /** A duty in the order of its source; {@code kind} names the source list it comes from. */
    public record DutyView(int position, String kind, String text) {
    }

    public static OccupationView from(Occupation o, List<SourceView> sources) {
        List<DutyView> duties = new java.util.ArrayList<>();
        for (int i = 0; i < o.duties.size(); i++) {
            duties.add(new DutyView(i + 1, o.duties.get(i).kind, o.duties.get(i).text));
        }
        return new OccupationView(o.socCode, o.title, o.typicalEducation, o.notes, duties, o.updatedAt, sources);
    }
}
