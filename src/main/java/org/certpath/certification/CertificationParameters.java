package org.certpath.certification;

import org.certpath.api.Sorting;
import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.Amount;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.SearchParameters;
import org.certpath.api.parameters.Values;
import org.certpath.organization.OrganizationRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The filters of the certification list, with the list parameters. */
public class CertificationParameters extends SearchParameters<Certification> {

    @RestQuery
    @Matches(regexp = "[a-z][a-z0-9-]{0,30}", expected = "an issuer slug such as ahima")
    List<String> issuer;

    @RestQuery
    @OneOf(Focus.class)
    List<String> focus;

    @RestQuery
    @OneOf(EducationLevel.class)
    String education;

    @RestQuery
    @Amount
    String maxExamFee;

    @Override
    protected Sorting<Certification> sorting() {
        return CertificationRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return CertificationView.class;
    }

    /** The issuers of the filter that name no organization of this API. */
    UnknownCodes unknownCodes(OrganizationRepository organizations) {
        return new UnknownCodes().check("issuer", Values.lower(issuer), organizations::existingSlugs, "an issuer",
                "/v1/organizations");
    }

    CertificationRepository.Query criteria() {
        return new CertificationRepository.Query(Values.lower(issuer), Values.lower(focus),
                Values.text(education).flatMap(EducationLevel::fromCode), Values.amount(maxExamFee), keyword());
    }
}
