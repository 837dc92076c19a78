package org.certpath.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.certpath.api.DataVersion;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Roles;
import org.certpath.api.Sorting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issues, checks and revokes API keys. A key is {@value #PREFIX} and 32 random bytes; only its
 * digest is stored. Neither the keys nor their digests are ever logged.
 */
@ApplicationScoped
public class ApiKeys implements PanacheRepository<ApiKey> {

    static final String PREFIX = "cpk_";
    private static final int MIN_BOOTSTRAP_LENGTH = 32;
    /** How stale the rate limiter's view of the valid keys may get: another instance's revocation takes this long. */
    private static final Duration DIGESTS_MAX_AGE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    /** A new key with its secret, which exists only in this answer. */
    public record Issued(ApiKey key, String secret) {
    }

    /** Who a valid key belongs to. */
    public record Holder(long id, String role) {
    }

    private record Digests(Set<String> active, Instant loadedAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final AgroalDataSource dataSource;
    private final Optional<String> bootstrapAdminKey;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Digests digests = new Digests(Set.of(), Instant.EPOCH);

    public ApiKeys(AgroalDataSource dataSource,
                   @ConfigProperty(name = "certpath.bootstrap-admin-key") Optional<String> bootstrapAdminKey) {
        this.dataSource = dataSource;
        this.bootstrapAdminKey = bootstrapAdminKey;
    }

    /** Registers the bootstrap admin key unless its digest is stored already (a revoked one stays revoked). */
    void onStart(@Observes StartupEvent startup) {
        bootstrapAdminKey.map(String::trim).filter(key -> !key.isEmpty()).ifPresent(key -> {
            if (key.length() < MIN_BOOTSTRAP_LENGTH) {
                throw new IllegalStateException("certpath.bootstrap-admin-key (CERTPATH_BOOTSTRAP_ADMIN_KEY) must be "
                        + "at least " + MIN_BOOTSTRAP_LENGTH + " characters long");
            }
            boolean added = update("""
                    insert into api_key (name, role, key_hash) values ('bootstrap admin', 'admin', ?)
                    on conflict (key_hash) do nothing""", KeyDigest.of(key)) > 0;
            if (added) {
                LOG.info("Registered the bootstrap admin key from certpath.bootstrap-admin-key");
            }
        });
        reloadDigests();
    }

    public Issued issue(String name, String role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiKey key = new ApiKey();
        key.name = name;
        key.role = role;
        key.keyHash = KeyDigest.of(secret);
        persist(key);
        flush();
        getEntityManager().refresh(key);
        withDigest(key.keyHash, true);
        return new Issued(key, secret);
    }

    Listing.Slice<ApiKey> list(ListParams<ApiKey> params, Sorting<ApiKey> sorting) {
        return Listing.pageCountedEachTime(getEntityManager(), ApiKey.class, "k", new Filter(), params, sorting);
    }

    /**
     * How many admin keys are active, with each of them locked until the transaction ends: two admins
     * revoking each other at once must not both see the other's key still active.
     */
    public long lockActiveAdmins() {
        return find("role = ?1 and revokedAt is null", Roles.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().size();
    }

    public void revoke(ApiKey key) {
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
            withDigest(key.keyHash, false);
        }
    }

    /** The holder of a valid key, noting its use; empty for an unknown or revoked key. Blocking. */
    Optional<Holder> holderOf(String secret) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     update api_key set last_used_at = now() where key_hash = ? and revoked_at is null
                     returning id, role""")) {
            statement.setString(1, KeyDigest.of(secret));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Holder(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataVersion.DataAccessFailure(e);
        }
    }

    /**
     * Whether a digest is of a valid key, from a copy of the valid digests that is at most
     * {@link #DIGESTS_MAX_AGE} old: the rate limiter asks on the event loop, which must not wait on
     * the database, so a stale copy is answered from while a worker reloads it.
     */
    public boolean isValidDigest(String digest) {
        Digests current = digests;
        if (current.loadedAt().plus(DIGESTS_MAX_AGE).isBefore(Instant.now()) && refreshing.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    reloadDigests();
                } catch (RuntimeException e) {
                    LOG.warn("Could not reload the API key digests; the previous ones stay in use", e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current.active().contains(digest);
    }

    private void reloadDigests() {
        Set<String> active = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select key_hash from api_key where revoked_at is null");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                active.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new DataVersion.DataAccessFailure(e);
        }
        digests = new Digests(Set.copyOf(active), Instant.now());
    }

    private synchronized void withDigest(String digest, boolean valid) {
        Set<String> active = new HashSet<>(digests.active());
        if (valid) {
            active.add(digest);
        } else {
            active.remove(digest);
        }
        digests = new Digests(Set.copyOf(active), digests.loadedAt());
    }

    private int update(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataVersion.DataAccessFailure(e);
        }
    }
}
