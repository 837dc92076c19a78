package org.certpath.imports;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.certpath.api.Problems;

import java.util.ArrayList;
import java.util.List;

/** Every bad line of a file, reported together in one 422 so that the file can be fixed in one go. */
final class BadRows {

    /** More than this many are counted but not listed, to keep the answer readable. */
    private static final int LISTED = 1000;

    record BadRow(int line, String reason) {
    }

    private final List<BadRow> listed = new ArrayList<>();
    private int count;

    void add(int line, String reason) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new BadRow(line, reason));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        throw HttpProblem.builder()
                .withType(Problems.type("invalid-file"))
                .withTitle("Invalid file")
                .withStatus(422)
                .withDetail(count + " bad row" + (count == 1 ? "" : "s") + (count > LISTED ? " (the first " + LISTED
                        + " are listed)" : "") + "; nothing was imported. Fix them and send the whole file again.")
                .with("invalidRows", listed)
                .build();
    }
}
