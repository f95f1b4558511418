package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prepdeck.support.PostgresProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The migrations, the import and the content queries on the real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgresql")
class ContentPostgresTest {

    @Inject
    ContentImportService importer;

    @Inject
    EntityManager em;

    @Test
    void shouldRunOnPostgresqlItself() {
        String version = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select version()").getSingleResult());
        assertTrue(version.startsWith("PostgreSQL"), version);
    }

    @Test
    void shouldImportTheTestContentAndReimportWithoutDuplicates() {
        ImportReport again = importer.importFolder();
        assertEquals(0, again.added());
        assertEquals(0, again.updated());
        long distinct = QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createQuery("select count(distinct c.id) from Card c").getSingleResult());
        long rows = QuarkusTransaction.requiringNew().call(() -> Card.count());
        assertEquals(distinct, rows);
        assertTrue(again.unchanged() >= 48, "at least 48 cards, got " + again.unchanged());
    }

    @Test
    void shouldCountActiveCardsPerTopicWithTheRepositoryQueries() {
        Map<String, Long> counts = QuarkusTransaction.requiringNew().call(Card::countActiveByTopic);
        assertEquals(4, counts.size(), counts::toString);
        counts.values().forEach(n -> assertTrue(n >= 12, counts::toString));
        long listed = QuarkusTransaction.requiringNew().call(() -> (long) Card.listActiveByTopic("tcp-time-wait").size());
        assertEquals(counts.get("tcp-time-wait"), listed);
    }

    @Test
    void shouldServeTheApiFromPostgresql() {
        given().when().get("/api/topics").then().statusCode(200)
                .body("id", hasItems("tcp-time-wait", "browser-github", "dns-answer-ip", "web-server-vs-was"));
        given().when().get("/api/cards/tw-who").then().statusCode(200).body("topicId", equalTo("tcp-time-wait"));
    }
}
