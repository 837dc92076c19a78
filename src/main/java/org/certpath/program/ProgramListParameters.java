package org.certpath.program;

import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.Values;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationRepository;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

/** The parameters of the whole program list, which may also filter by credential. */
public class ProgramListParameters extends ProgramParameters {

    @RestQuery
    @Matches(regexp = Certification.CODE, expected = "a certification code such as rhit")
    List<String> certification;

    /** The codes of the filters that name nothing in this API. */
    UnknownCodes unknownCodes(CertificationRepository certifications, RegionRepository regions) {
        return new UnknownCodes().check("certification", Values.lower(certification), certifications::existingCodes,
                "a certification", "/v1/certifications").and(unknownCodes(regions));
    }

    /** The filters, the credentials read from their codes. */
    ProgramCriteria criteria(ProgramRepository programs) {
        List<String> codes = Values.lower(certification);
        return criteria(codes.isEmpty() ? Optional.empty() : Optional.of(programs.certificationIds(codes)));
    }
}
