package org.certpath.pathway;

import org.certpath.api.Money;
import org.certpath.api.Page;

import java.util.List;

/** The routes to one credential, one page of them, with every assumption their figures rest on. */
public record PathwayList(Credential certification, Place region, Assumptions assumptions, List<Pathway> items,
                          Page.Info page) {

    public record Credential(String code, String acronym, String name) {
    }

    public record Place(String code, String name) {
    }

    public record Assumptions(SalaryBasis salary, ExamFeeBasis examFee, CurrentSalaryBasis currentSalary) {
    }

    /** Which wage figures are expected: occupation, region and edition, and why. */
    public record SalaryBasis(String soc, String occupationTitle, String figure, String region, String edition,
                              String editionName, boolean fallback, String note) {
    }

    public record ExamFeeBasis(String rate, Money amount, String note) {
    }

    public record CurrentSalaryBasis(Money amount, String source, String note) {
    }

    /** One route: a program, or the exam alone where an eligibility route asks for no program. */
    public record Pathway(String route, ProgramSummary program, ExamOnly examOnly, Money examFee, Money totalCost,
                          Integer months, ExpectedSalary expectedSalary, Money annualUplift, Money monthlyUplift,
                          Integer paybackMonths, String paybackNote, List<String> missing) {
    }

    public record ProgramSummary(long id, String institution, String name, String state, String deliveryMode,
                                 String awardLevel, Boolean accredited, Money cost, boolean examFeeIncluded,
                                 Integer durationMonths) {
    }

    public record ExamOnly(String minEducation, Integer experienceMonths, String description) {
    }

    public record ExpectedSalary(Money median, Money p25, Money p75, String region, String edition, boolean fallback) {
    }
}
