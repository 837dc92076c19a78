package org.certpath.seed;

/**
 * Costs and lengths from the NCES IPEDS charges files (copies of IC2022_AY and IC2023_PY): credits times the per-credit
 * charge where the institution charges full-time students by the credit too, and the charges and months that
 * vocational institutions report for a program of the same CIP code. Applied like V80's revisions; how the rows were
 * chosen is in {@code src/tools/build_programs_revised_5.py}.
 */
public class V94__ProgramChargesFromIpeds extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-5.csv";

    public V94__ProgramChargesFromIpeds() {
        super(PROGRAMS);
    }
}
