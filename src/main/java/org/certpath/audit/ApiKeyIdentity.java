package org.certpath.audit;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;

/** The key behind a request's identity, as the audit trail names it. */
public final class ApiKeyIdentity {

    public static final String KEY_ID = "certpath.key-id";

    private ApiKeyIdentity() {
    }

    public static Optional<Long> keyId(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.<Long>getAttribute(KEY_ID));
    }
}
