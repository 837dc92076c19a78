package org.certpath.seed;

/**
 * The second revision of the loaded programs (the research of issue #16's second pass): figures that programs
 * lacked and the credentials programs lead to, applied like V70's, from files of their own so that V70's checksum
 * never changes on a database that ran it. Its checksum covers both files.
 */
public class V80__ReviseProgramsAgain extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-2.csv";
    static final String LINKS = "program-credential-links-2.csv";

    public V80__ReviseProgramsAgain() {
        super(PROGRAMS, LINKS);
    }
}
