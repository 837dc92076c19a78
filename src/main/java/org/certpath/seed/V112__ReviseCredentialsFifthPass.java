package org.certpath.seed;

/**
 * The fifth research pass over the credentials ({@code credentials-revised-5.csv}): the ODS's annual recertification
 * fee as NCRA's FAQ gives it since the credential took that name ($35 for members, $145 for others), where the FAQ's
 * earlier capture, of the CTR, gave $25 and $105; that capture stops supporting the two fees.
 */
public class V112__ReviseCredentialsFifthPass extends CredentialRevisionMigration {

    static final String CREDENTIALS = "credentials-revised-5.csv";
    static final String SOURCES = "credential-sources-revised-5.csv";
    static final String WITHDRAWALS = "credential-source-withdrawals-5.csv";

    public V112__ReviseCredentialsFifthPass() {
        super(CREDENTIALS, SOURCES, WITHDRAWALS);
    }
}
