package org.certpath.seed;

/**
 * Four programs whose institution no longer offers them are retired (Wright Career College closed in 2016;
 * Central Piedmont ended its HIT program with its last cohort in 2021), and two programs gain a duration: one
 * its catalog states in years, one from credits whose unit another page of its college states. Applied like
 * V80's revisions.
 */
public class V90__RetireClosedProgramsAndStatedUnits extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-3.csv";

    public V90__RetireClosedProgramsAndStatedUnits() {
        super(PROGRAMS);
    }
}
