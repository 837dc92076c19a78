package org.certpath.seed;

/**
 * Revises the programs already loaded by V2 and V54, so that a database that ran them gets the same
 * programs as a fresh one: new programs, figures that a program lacked (or a row corrected against its
 * page), durations derived from the hours already stored, and the credentials each program leads to,
 * with the reason. Its checksum covers both files.
 */
public class V70__RevisePrograms extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised.csv";
    static final String LINKS = "program-credential-links.csv";

    public V70__RevisePrograms() {
        super(PROGRAMS, LINKS);
    }
}
