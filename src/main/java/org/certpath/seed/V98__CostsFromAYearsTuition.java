package org.certpath.seed;

/**
 * Thirteen programs gain a cost from their institution's full-time tuition of a year (IPEDS IC2022_AY) times their
 * academic years at full time: their published length in years, or their credits at a full-time year's load where
 * the institution charges full-time students a flat amount. Applied like V80's revisions; how the rows were chosen is
 * in {@code src/tools/build_programs_revised_8.py}.
 */
public class V98__CostsFromAYearsTuition extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-8.csv";

    public V98__CostsFromAYearsTuition() {
        super(PROGRAMS);
    }
}
