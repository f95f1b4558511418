package dev.prepdeck.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The H2 database an embedded server left in its data folder, opened directly once that server has stopped (or
 * crashed), to see what it really stored.
 */
public final class EmbeddedDataFolder {

    private final Path dataDir;

    public EmbeddedDataFolder(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The value of {@code PREPDECK_DATA_DIR} for a server using this folder. */
    public String path() {
        return dataDir.toString();
    }

    /** Of {@code keys}, those with no review in the database: grades that were acknowledged and then lost. */
    public List<String> missingReviews(Collection<String> keys) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection db = open();
                PreparedStatement find = db.prepareStatement(
                        "SELECT count(*) FROM review_log WHERE idempotency_key = ?")) {
            for (String key : keys) {
                find.setString(1, key);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    if (row.getLong(1) != 1) {
                        missing.add(key + " (" + row.getLong(1) + " rows)");
                    }
                }
            }
        }
        return missing;
    }

    /** A single number the query returns, such as a count. */
    public long count(String sql, Object... args) throws SQLException {
        try (Connection db = open(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Connection open() throws SQLException {
        // the server's own flags, so the file is read as it wrote it; IFEXISTS: never create an empty one instead
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("prepdeck")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "sa", "");
    }
}
