package dev.prepdeck.study.flags;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.review.ReviewService;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The flags loop as a mentor sees it: learners' flags with their reasons and the card's failure rate across
 * learners, resolving a card's flags, and who may do either.
 */
@QuarkusTest
class FlagResourceTest {

    @Inject
    ReviewService reviews;

    @Inject
    Learners learners;

    @Inject
    TestUsers users;

    @Inject
    FlagService flags;

    private String card;

    @BeforeEach
    void twoLearnersFlagTheLastCardOfATopic() {
        users.ensure("flags-mentor", Role.MENTOR);
        users.ensure("flags-candidate", Role.CANDIDATE);
        List<String> ids = given().get("/api/topics/dns-answer-ip").then().statusCode(200).extract().jsonPath()
                .getList("cards.id");
        card = ids.get(ids.size() - 1);
        flags.resolve(card, null, java.time.Instant.now());
        long first = learners.create();
        long second = learners.create();
        StudyPreferences prefs = StudyPreferences.defaults();
        reviews.grade(first, prefs, card, new GradeCommand(Rating.AGAIN.value(), UUID.randomUUID().toString(), 900, null));
        reviews.grade(second, prefs, card, new GradeCommand(Rating.GOOD.value(), UUID.randomUUID().toString(), 900, null));
        reviews.flag(first, card, true, "정답이 RFC와 다릅니다 <script>x()</script>");
        reviews.flag(second, card, true, "");
    }

    private JsonPath row() {
        JsonPath list = given().get("/api/mentor/flags").then().statusCode(200).extract().jsonPath();
        return list.setRootPath("find { it.cardId == '" + card + "' }");
    }

    @Test
    @TestSecurity(user = "flags-mentor", roles = Role.MENTOR)
    void shouldListFlagsWithTheirReasonsAndTheFailureRateAcrossLearners() {
        JsonPath row = row();
        assertEquals(2, row.getInt("flagged"), row::prettify);
        assertEquals("정답이 RFC와 다릅니다 <script>x()</script>", row.getString("reasons[0].text"));
        assertEquals(1, row.getList("reasons").size(), "a flag without a reason adds no empty line");
        assertTrue(row.getInt("reviews") >= 2 && row.getInt("failed") >= 1 && row.getInt("learners") >= 2,
                row::prettify);
        assertNotNull(row.get("failureRate"));
        assertEquals("dns-answer-ip", row.getString("topicId"));

        given().get("/mentor/flags").then().statusCode(200)
                .body(containsString("정답이 RFC와 다릅니다 &lt;script&gt;"))
                .body(not(containsString("<script>x()")))
                .body(containsString("href=\"/topics/dns-answer-ip#card-" + card + "\""))
                .body(containsString("href=\"/mentor/topics/dns-answer-ip/edit\""))
                .body(containsString("action=\"/mentor/flags/" + card + "/resolve\""));
    }

    @Test
    @TestSecurity(user = "flags-mentor", roles = Role.MENTOR)
    void shouldClearEveryLearnersFlagWhenAMentorResolvesTheCard() {
        int cleared = given().contentType(ContentType.JSON).body("{}").post("/api/mentor/flags/" + card + "/resolve")
                .then().statusCode(200).body("cardId", equalTo(card)).extract().path("flagsCleared");
        assertEquals(2, cleared, "both learners' flags");

        JsonPath list = given().get("/api/mentor/flags").then().statusCode(200).extract().jsonPath();
        Map<String, Object> left = list.get("find { it.cardId == '" + card + "' }");
        if (left != null) {
            assertEquals(0, left.get("flagged"), "only a leech may keep the card listed");
        }
        assertEquals(0, (int) given().contentType(ContentType.JSON).body("{}")
                .post("/api/mentor/flags/" + card + "/resolve").then().statusCode(200).extract().path("flagsCleared"),
                "resolving again finds nothing to clear");
    }

    @Test
    @TestSecurity(user = "flags-mentor", roles = Role.MENTOR)
    void shouldAnswer404ProblemForAnUnknownCard() {
        given().contentType(ContentType.JSON).body("{}").post("/api/mentor/flags/no-such-card/resolve")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "flags-candidate", roles = Role.CANDIDATE)
    void shouldKeepCandidatesFromTheFlagsAndFromResolving() {
        given().get("/api/mentor/flags").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/mentor/flags/" + card + "/resolve")
                .then().statusCode(403);
        given().redirects().follow(false).get("/mentor/flags").then().statusCode(403);
    }

    @Test
    void shouldKeepAnonymousVisitorsFromTheFlagsAndFromResolving() {
        given().get("/api/mentor/flags").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/mentor/flags/" + card + "/resolve")
                .then().statusCode(401);
        given().redirects().follow(false).get("/mentor/flags").then().statusCode(303);
    }
}
