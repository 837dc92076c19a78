package org.certpath.seed;

/** The second research pass over the credentials ({@code credentials-revised-2.csv}). */
public class V81__ReviseCredentials extends CredentialRevisionMigration {

    static final String CREDENTIALS = "credentials-revised-2.csv";
    static final String SOURCES = "credential-sources-revised-2.csv";

    public V81__ReviseCredentials() {
        super(CREDENTIALS, SOURCES);
    }
}
