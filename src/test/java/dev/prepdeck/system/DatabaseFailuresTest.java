package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Which failures the user is told "try again shortly" (503) rather than a validation message: real H2 errors from an
 * in-memory database, and PostgreSQL's SQLSTATEs as its driver reports them.
 */
class DatabaseFailuresTest {

    @Test
    void shouldTellADuplicateNameFromADatabaseThatIsGone() throws Exception {
        String url = "jdbc:h2:mem:failures-" + UUID.randomUUID();
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
            try (Statement s = first.createStatement()) {
                s.execute("CREATE TABLE app_user (username VARCHAR(32) PRIMARY KEY)");
                s.execute("INSERT INTO app_user VALUES ('mina')");
            }
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> first.createStatement().execute("INSERT INTO app_user VALUES ('mina')"));
            try (Statement s = first.createStatement()) {
                s.execute("SHUTDOWN");
            }
            SQLException closed = assertThrows(SQLException.class,
                    () -> second.createStatement().execute("INSERT INTO app_user VALUES ('jun')"));
            RuntimeException wrappedDuplicate = new RuntimeException("could not execute statement", duplicate);
            RuntimeException wrappedClosed = new RuntimeException("commit failed", new RuntimeException(closed));
            assertAll(
                    () -> assertTrue(DatabaseFailures.isUniqueViolation(wrappedDuplicate)),
                    () -> assertFalse(DatabaseFailures.isUnavailable(wrappedDuplicate),
                            "a duplicate is the user's to fix, not a reason to retry"),
                    () -> assertFalse(DatabaseFailures.isUniqueViolation(wrappedClosed),
                            () -> "a closed database is no duplicate: " + closed),
                    () -> assertTrue(DatabaseFailures.isUnavailable(wrappedClosed), () -> closed.toString()),
                    () -> assertTrue(DatabaseFailures.isEmbeddedStoreGone(wrappedClosed), () -> closed.toString()));
        }
    }

    @Test
    void shouldTreatAFullDiskAndAReadOnlyStandbyOnPostgresqlAsUnavailable() {
        assertAll(
                () -> assertTrue(DatabaseFailures.isUnavailable(new SQLException("could not extend file", "53100"))),
                () -> assertTrue(DatabaseFailures.isUnavailable(
                        new SQLException("cannot execute UPDATE in a read-only transaction", "25006"))),
                () -> assertTrue(DatabaseFailures.isUnavailable(new SQLException("Connection refused", "08001"))),
                () -> assertTrue(DatabaseFailures.isUnavailable(
                        new SQLException("terminating connection due to administrator command", "57P01"))),
                () -> assertFalse(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601"))),
                () -> assertFalse(DatabaseFailures.isEmbeddedStoreGone(new SQLException("could not extend", "53100")),
                        "PostgreSQL needs no pool flush"));
    }

    @Test
    void shouldTreatACommitTheDatabaseRefusedAsUnavailable() {
        // what the transaction manager throws when the one-phase commit fails, e.g. on a full disk
        Exception refused = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException("Error invoking subclass method", refused)));
    }

    @Test
    void shouldTreatAnExhaustedConnectionPoolAsUnavailable() {
        assertTrue(DatabaseFailures.isUnavailable(
                new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void shouldNotLoopOnAFailureThatIsItsOwnCause() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseFailures.isUnavailable(b));
    }
}
