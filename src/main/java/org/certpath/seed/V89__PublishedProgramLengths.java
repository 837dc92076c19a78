package org.certpath.seed;

/**
 * Lengths that nine programs' pages (eight their own, one an article) state in years, which earlier passes kept as
 * text only ("two-year program", "1 year (3 terms)"): each becomes the program's published duration, years x 12
 * months, as the contract's example and the first programs read "two-year program", and its page is cited for
 * {@code durationMonths}. A program that has a duration keeps it. Applied like V80's revisions.
 */
public class V89__PublishedProgramLengths extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-published-lengths.csv";

    public V89__PublishedProgramLengths() {
        super(PROGRAMS);
    }
}
