package dev.prepdeck.content.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** Revisions, conflicts, restore and publishing on the real PostgreSQL server, saves racing each other included. */
@QuarkusTest
@TestProfile(AuthoringPostgresProfile.class)
@Tag("postgresql")
class AuthoringPostgresTest {

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "pg-mentor", roles = "mentor")
    void shouldStoreRevisionsRefuseStaleSavesRestoreAndPublishOnPostgresql() {
        assertTrue(QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select version()")
                .getSingleResult()).startsWith("PostgreSQL"));
        given().contentType("application/json").body(Map.of("markdown", TopicDocuments.small("pg-topic", "pg-card",
                "처음."), "message", "1")).when().post("/api/mentor/topics").then().statusCode(201);
        given().contentType("application/json").body(Map.of("markdown", TopicDocuments.small("pg-topic", "pg-card",
                "둘째."), "message", "2", "baseRevision", 1)).when().put("/api/mentor/topics/pg-topic").then()
                .statusCode(200).body("revision", equalTo(2));
        given().contentType("application/json").body(Map.of("markdown", TopicDocuments.small("pg-topic", "pg-card",
                "늦은 편집."), "message", "late", "baseRevision", 1)).when().put("/api/mentor/topics/pg-topic").then()
                .statusCode(409).body("theirs.number", equalTo(2)).body("yours", containsString("늦은 편집."));
        given().contentType("application/json").body(Map.of("baseRevision", 2))
                .when().post("/api/mentor/topics/pg-topic/revisions/1/restore").then().statusCode(200)
                .body("revision", equalTo(3));
        given().when().get("/api/topics/pg-topic").then().statusCode(404);
        given().contentType("application/json").body(Map.of("revision", 3))
                .when().post("/api/mentor/topics/pg-topic/publish").then().statusCode(200);
        given().when().get("/api/topics/pg-topic").then().statusCode(200)
                .body("cards[0].id", equalTo("pg-card")).body("cards[0].ko.back", containsString("처음."));
    }

    @Test
    @TestSecurity(user = "pg-racer", roles = "mentor")
    void shouldAcceptExactlyOneOfManySavesBasedOnTheSameRevision() throws Exception {
        given().contentType("application/json").body(Map.of("markdown", TopicDocuments.small("pg-race", "pg-race-card",
                "시작."), "message", "1")).when().post("/api/mentor/topics").then().statusCode(201);
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String text = TopicDocuments.small("pg-race", "pg-race-card", "편집 " + i + ".");
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().contentType("application/json").body(Map.of("markdown", text, "message", "race",
                        "baseRevision", 1)).when().put("/api/mentor/topics/pg-race").then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> save : saves) {
            statuses.add(save.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        given().when().get("/api/mentor/topics/pg-race/revisions").then().statusCode(200)
                .body("number", equalTo(List.of(2, 1)));
    }
}
