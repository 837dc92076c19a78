package org.certpath.seed;

/**
 * Seven programs whose page says only "credits" gain a duration, from the calendar their institution reports to IPEDS
 * (semester or quarter), and 61 medical billing and coding programs are linked to the CBCS, whose training route their
 * graduates meet. Applied like V80's revisions; how the rows were chosen is in
 * {@code src/tools/build_programs_revised_6.py}.
 */
public class V95__CreditUnitsAndCbcsEligibility extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-6.csv";
    static final String LINKS = "program-credential-links-3.csv";

    public V95__CreditUnitsAndCbcsEligibility() {
        super(PROGRAMS, LINKS);
    }
}
