package dev.prepdeck.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test against the real PostgreSQL server (the PostgreSQL flavour of the build).
 * The database comes from PREPDECK_TEST_PG_URL, by default prepdeck_test on 127.0.0.1:5432.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static String jdbcUrl() {
        String url = System.getenv("PREPDECK_TEST_PG_URL");
        return url != null && !url.isBlank() ? url : "jdbc:postgresql://127.0.0.1:5432/prepdeck_test";
    }

    @Override
    public String getConfigProfile() {
        return "test,pg";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", System.getenv().getOrDefault("PREPDECK_TEST_PG_USER", "postgres"),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
