package org.certpath.seed;

/**
 * Lone Star College's Health Information Technology AAS was served twice: once from its own page, with figures
 * taken from its Texas ETPL row, and once as that ETPL row (TWC program ID 30115, listed under the college system's
 * North Harris campus). The program keeps the row's hours, length and credential link; the copy is removed, with a
 * tombstone for mirrors. Applied like V80's revisions.
 */
public class V102__OneProgramListedTwice extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-9.csv";
    static final String LINKS = "program-credential-links-4.csv";

    public V102__OneProgramListedTwice() {
        super(PROGRAMS, LINKS);
    }
}
