package org.certpath.api;

/** The roles an API key carries, as the write endpoints require them. */
public final class Roles {

    /** May write the data: collections and imports. */
    public static final String EDITOR = "editor";
    /** May also manage keys and read the audit trail. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
