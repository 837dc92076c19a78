package org.certpath.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * Which datasource a request's Hibernate session uses, through Hibernate's DATABASE multitenancy
 * with two "tenants": the primary, and the read replica for a public read while the replica is
 * fresh (see {@link ReadReplica}). Writes, imports, the audit trail, key checks and anything outside
 * a request (start-up, the seed) use the primary; so does everything when no replica is configured.
 * Flyway migrates the primary only: it knows nothing of the tenants.
 */
@RequestScoped
@PersistenceUnitExtension
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";

    private final ReadReplica replica;
    private boolean publicRead;

    public ReadRouting(ReadReplica replica) {
        this.replica = replica;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return publicRead && replica.serves() ? ReadReplicaConfigSourceFactory.DATASOURCE : PRIMARY;
    }

    void publicRead(boolean publicRead) {
        this.publicRead = publicRead;
    }

    /**
     * Marks a public read: a GET or HEAD whose resource method no role guards. Runs before the
     * resource method, so before its session opens.
     */
    public static final class PublicReads {

        private final ReadRouting routing;

        public PublicReads(@PersistenceUnitExtension ReadRouting routing) {
            this.routing = routing;
        }

        @ServerRequestFilter
        public void mark(ContainerRequestContext request, ResourceInfo resource) {
            Method method = resource.getResourceMethod();
            boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
            routing.publicRead(read && method != null && !method.isAnnotationPresent(RolesAllowed.class)
                    && !resource.getResourceClass().isAnnotationPresent(RolesAllowed.class));
        }
    }

    /** The connections of each tenant: the default datasource, or the replica's. */
    @ApplicationScoped
    @PersistenceUnitExtension
    public static final class Connections implements TenantConnectionResolver {

        private final AgroalDataSource primary;
        private final InjectableInstance<AgroalDataSource> replica;

        public Connections(AgroalDataSource primary,
                           @DataSource(ReadReplicaConfigSourceFactory.DATASOURCE) InjectableInstance<AgroalDataSource> replica) {
            this.primary = primary;
            this.replica = replica;
        }

        @Override
        public ConnectionProvider resolve(String tenantId) {
            return new QuarkusConnectionProvider(
                    ReadReplicaConfigSourceFactory.DATASOURCE.equals(tenantId) ? replica.get() : primary);
        }
    }
}
