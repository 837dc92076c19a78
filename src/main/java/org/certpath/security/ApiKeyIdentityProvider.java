package org.certpath.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Roles;
import org.certpath.audit.ApiKeyIdentity;

/** Turns a valid API key into an identity with its role; an administrator is an editor too. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiKeys keys;

    public ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeys.Holder holder = keys.holderOf(request.getToken().getToken())
                    .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"));
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + holder.id()))
                    .addRole(holder.role())
                    .addAttribute(ApiKeyIdentity.KEY_ID, holder.id());
            if (Roles.ADMIN.equals(holder.role())) {
                identity.addRole(Roles.EDITOR);
            }
            return identity.build();
        });
    }
}
