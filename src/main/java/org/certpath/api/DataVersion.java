package org.certpath.api;

import io.agroal.api.AgroalDataSource;
import jakarta.persistence.PersistenceException;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The version of all served data, bumped by a trigger on every write (see V1__schema.sql). Any
 * response built from data of one version is the same until the version moves, which is what
 * makes ETags cheap and correct across every instance that shares the database.
 */
@ApplicationScoped
public class DataVersion {

    private final AgroalDataSource dataSource;

    public DataVersion(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Current(long version, OffsetDateTime changedAt) {
    }

    public Current current() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, changed_at from data_version")) {
            row.next();
            return new Current(row.getLong(1), row.getObject(2, OffsetDateTime.class));
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    /** The database could not be read: a persistence failure, which the outage mapping answers with 503. */
    public static class DataAccessFailure extends PersistenceException {
        public DataAccessFailure(SQLException cause) {
            super(cause);
        }
    }
}
