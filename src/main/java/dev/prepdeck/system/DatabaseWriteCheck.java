package dev.prepdeck.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Readiness that means "can save": it commits a write to the database, so a full disk, a closed embedded database
 * or a read-only PostgreSQL standby turn the server DOWN and a load balancer stops sending it grades. A failed
 * check also starts the embedded database's recovery, so readiness comes back by itself once writes work again.
 */
@Readiness
@ApplicationScoped
public class DatabaseWriteCheck implements HealthCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 5;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EmbeddedDatabaseRecovery recovery;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE health_probe SET checked_at = ? WHERE id = 1")) {
            update.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return HealthCheckResponse.up("Database writes");
        } catch (SQLException | RuntimeException e) {
            recovery.onFailure(e);
            return HealthCheckResponse.named("Database writes").down()
                    .withData("error", DatabaseFailures.isUnavailable(e) ? "the database cannot store data"
                            : "the write check failed")
                    .build();
        }
    }
}
