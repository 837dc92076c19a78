package org.certpath.seed;

/**
 * The fourth research pass over the credentials ({@code credentials-revised-4.csv}; the third found nothing to load):
 * the official pages of CPPM, CTR, CRCR and CCDS, the CCDS-O renewal cycle and the CCDS recertification fees.
 */
public class V104__ReviseCredentialsFourthPass extends CredentialRevisionMigration {

    static final String CREDENTIALS = "credentials-revised-4.csv";
    static final String SOURCES = "credential-sources-revised-4.csv";

    public V104__ReviseCredentialsFourthPass() {
        super(CREDENTIALS, SOURCES);
    }
}
