package org.certpath.seed;

/**
 * Programs in the four places that had none (Rhode Island, Vermont, Wyoming, the District of Columbia), each read in a
 * copy of its college's 2026 catalog or class schedule, and four programs' credits with the unit their college states
 * (a derived duration each, one derived cost). Applied like V80's revisions.
 */
public class V92__ProgramsInRhodeIslandVermontWyomingAndDc extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-4.csv";

    public V92__ProgramsInRhodeIslandVermontWyomingAndDc() {
        super(PROGRAMS);
    }
}
