package org.certpath.program;

import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.certification.Certification;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The parameters of the whole program list, which may also filter by credential. */
public class ProgramListParameters extends ProgramParameters {

    @RestQuery
    @Matches(regexp = Certification.CODE, expected = "a certification code such as rhit")
    List<String> certification;

    List<String> certificationCodes() {
        return Values.lower(certification);
    }
}
