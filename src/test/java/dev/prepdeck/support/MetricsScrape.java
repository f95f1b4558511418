package dev.prepdeck.support;

import static io.restassured.RestAssured.given;

/** Reads /q/metrics the way the operator's Prometheus does: with the scrape token of the test profile. */
public final class MetricsScrape {

    /** {@code %test.prepdeck.metrics.token} in application.properties. */
    public static final String TOKEN = "test-only-metrics-token-0123456789";
    public static final String AUTHORIZATION = "Bearer " + TOKEN;

    private MetricsScrape() {
    }

    /** The Prometheus text of the app under test (RestAssured's port), failing unless it answers 200. */
    public static String text() {
        return given().basePath("/").header("Authorization", AUTHORIZATION)
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
