package org.certpath.pathway;

import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.QueryBean;
import org.certpath.api.parameters.Report;
import org.certpath.api.parameters.Values;
import org.certpath.certification.Certification;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The credentials to compare, two to six of them. */
public class CompareParameters extends QueryBean {

    static final int FEWEST = 2;
    static final int MOST = 6;

    @RestQuery
    @Matches(regexp = Certification.CODE, expected = "a certification code such as rhit")
    List<String> certification;

    @Override
    protected void check(Report report) {
        super.check(report);
        int given = codes().size();
        if (given < FEWEST || given > MOST) {
            report.invalid("certification", "Give " + FEWEST + " to " + MOST + " different certification codes, "
                    + "repeated or comma-separated, such as certification=rhit&certification=cca; " + given + " given.");
        }
    }

    List<String> codes() {
        return Values.lower(certification);
    }
}
