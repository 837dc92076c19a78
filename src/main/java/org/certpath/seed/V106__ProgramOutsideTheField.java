package org.certpath.seed;

/**
 * An EKG technician program, which the Texas ETPL files under CIP 51.0707 (health information technology), is
 * retired: electrocardiography is a clinical occupation that no credential or occupation served here covers. Applied
 * like V80's revisions: removed, with a tombstone for mirrors.
 */
public class V106__ProgramOutsideTheField extends ProgramRevisionMigration {

    static final String PROGRAMS = "programs-revised-10.csv";

    public V106__ProgramOutsideTheField() {
        super(PROGRAMS);
    }
}
