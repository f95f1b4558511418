package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped migrations on an embedded H2 file database, as a server runs them at start-up: once the connection
 * that migrated the schema is closed and the database stays open for the others (the connection pool retiring it
 * on an idle server), account rows are still accepted and checked. H2 2.4.240 rejected every valid row then
 * ("Check constraint invalid"), which told each new user that their name was taken.
 */
class EmbeddedSchemaTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepCheckingAccountRowsAfterTheMigratingConnectionCloses() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("prepdeck")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        try (Connection staysOpen = DriverManager.getConnection(url, "sa", "")) {
            // Flyway migrates on a connection of its own and closes it; the database stays open for staysOpen
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            insertUser(staysOpen, 1, "mina", "candidate");
            insertUser(staysOpen, 2, "jun", "mentor");
            SQLException badRole = assertThrows(SQLException.class, () -> insertUser(staysOpen, 3, "hacker", "root"));
            try (Connection later = DriverManager.getConnection(url, "sa", "")) {
                insertUser(later, 4, "sora", "admin");
            }
            assertAll(
                    () -> assertEquals("23513", badRole.getSQLState(), () -> "a check violation: " + badRole),
                    () -> assertEquals(3, count(staysOpen)));
        }
        assertTrue(Files.exists(dataDir.resolve("prepdeck.mv.db")), "a file database, as the server uses");
    }

    private static void insertUser(Connection db, long id, String name, String role) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, role) VALUES (?, ?, 'x', ?)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setString(3, role);
            insert.executeUpdate();
        }
    }

    private static long count(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM app_user");
                var row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
