package org.certpath.program;

import org.certpath.api.Sorting;
import org.certpath.api.UnknownCodes;
import org.certpath.api.parameters.Amount;
import org.certpath.api.parameters.Bool;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.Report;
import org.certpath.api.parameters.SearchParameters;
import org.certpath.api.parameters.Values;
import org.certpath.api.parameters.WholeNumber;
import org.certpath.region.RegionRepository;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Optional;

/** The filters of a list of programs whose credential the path fixes, with the list parameters. */
public class ProgramParameters extends SearchParameters<ProgramView> {

    static final int MAX_MONTHS = 240;

    @RestQuery
    @Matches(regexp = "[A-Za-z]{2}", expected = "a two-letter USPS code such as NJ")
    List<String> state;

    /** Programs that serve a resident of these states: taught there, or online and open to its residents. */
    @RestQuery
    @Matches(regexp = "[A-Za-z]{2}", expected = "a two-letter USPS code such as NJ")
    List<String> servingState;

    @RestQuery
    @OneOf(DeliveryMode.class)
    List<String> deliveryMode;

    @RestQuery
    @OneOf(AwardLevel.class)
    List<String> awardLevel;

    @RestQuery
    @WholeNumber(min = 0, max = MAX_MONTHS)
    String minDurationMonths;

    @RestQuery
    @WholeNumber(min = 0, max = MAX_MONTHS)
    String maxDurationMonths;

    @RestQuery
    @Amount
    String maxCost;

    @RestQuery
    @Bool
    String accredited;

    /** Programs of these CIP codes, written as IPEDS writes them (51.0707) or without the dot (510707). */
    @RestQuery
    @Matches(regexp = CipCode.PARAMETER, expected = "a six-digit CIP code such as 51.0707 or 510707")
    List<String> cipCode;

    @Override
    protected Sorting<ProgramView> sorting() {
        return ProgramRepository.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return ProgramView.class;
    }

    @Override
    protected void check(Report report) {
        super.check(report);
        Optional<Integer> min = validNumber(minDurationMonths);
        Optional<Integer> max = validNumber(maxDurationMonths);
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            report.invalid("minDurationMonths", "Must not exceed maxDurationMonths.");
        }
    }

    /** The states of the filters that name no state of this API. */
    UnknownCodes unknownCodes(RegionRepository regions) {
        return new UnknownCodes()
                .check("state", Values.upper(state), codes -> regions.existingCodes(codes, true), "a state", "/v1/regions")
                .check("servingState", Values.upper(servingState), codes -> regions.existingCodes(codes, true), "a state",
                        "/v1/regions");
    }

    /** The filters, for programs preparing for one of these credentials when any are given. */
    public ProgramCriteria criteria(Optional<List<Long>> certificationIds) {
        return new ProgramCriteria(certificationIds, Values.upper(state), Values.upper(servingState), Values.lower(deliveryMode), Values.lower(awardLevel),
                Values.integer(minDurationMonths), Values.integer(maxDurationMonths), Values.amount(maxCost), Values.bool(accredited),
                keyword(), params().updatedSince(),
                Values.items(cipCode).stream().map(code -> CipCode.normalize(code).orElseThrow()).distinct().toList());
    }

    private static Optional<Integer> validNumber(String value) {
        try {
            return Values.integer(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
