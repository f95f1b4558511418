package dev.prepdeck.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A new, empty PostgreSQL database on the test server (the one of {@link PostgresProfile#jdbcUrl()}), created for
 * one test class and dropped afterwards, for tests that start their own app processes against it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;
    private final String user;

    private ScratchDatabase(String serverUrl, String name, String user) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.user = user;
    }

    /** Creates {@code <prefix>_<random>} on the server of the test database. */
    public static ScratchDatabase create(String prefix) throws SQLException {
        String base = PostgresProfile.jdbcUrl();
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base + "/" : base.substring(0, slash + 1);
        String user = System.getenv().getOrDefault("PREPDECK_TEST_PG_USER", "postgres");
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name, user);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return serverUrl + name;
    }

    public String user() {
        return user;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, "");
    }

    /** The first column of every row of a query, as text. */
    public List<String> column(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    public long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(column(sql, params).get(0));
    }

    /** Drops the database, disconnecting whoever is still connected. */
    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", user, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
