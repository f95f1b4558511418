package dev.prepdeck.study.adaptive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.content.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The interview plan over JSON: set, read with its forecast, reject bad input, remove. */
@QuarkusTest
@TestHTTPEndpoint(InterviewResource.class)
class InterviewResourceTest {

    private static final String USER = "interview-api-learner";

    @Inject
    AccountService accounts;

    private long userId;

    @BeforeEach
    void learnerWithoutPlan() {
        userId = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findByUsername(USER);
            if (user == null) {
                user = accounts.createUser(USER, "password-of-" + USER, Role.CANDIDATE);
            }
            user.settings.timeZone = "UTC";
            InterviewPlan.delete("userId", user.id);
            return user.id;
        });
    }

    @Test
    @TestSecurity(user = USER, roles = Role.CANDIDATE)
    void shouldSetAPlanAndForecastRecallForItsTopics() {
        String topic = QuarkusTransaction.requiringNew().call(() -> Topic.listActive().get(0).id);
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

        given().contentType("application/json")
                .body("{\"date\":\"" + date + "\",\"target\":0.92,\"topics\":[\"" + topic + "\"]}")
                .put().then().statusCode(200)
                .body("plan.date", equalTo(date))
                .body("plan.target", equalTo(0.92f))
                .body("forecast.daysLeft", equalTo(14))
                .body("forecast.target", equalTo("92%"))
                .body("forecast.topics", hasSize(1))
                .body("forecast.topics[0].topicId", equalTo(topic));
        given().get().then().statusCode(200).body("plan.topics[0]", equalTo(topic));

        given().contentType("application/json").delete().then().statusCode(204);
        given().get().then().statusCode(200).body("plan", nullValue()).body("forecast", nullValue());
    }

    @Test
    @TestSecurity(user = USER, roles = Role.CANDIDATE)
    void shouldRejectAnUnknownTopicWithAProblemAndStoreNothing() {
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

        given().contentType("application/json")
                .body("{\"date\":\"" + date + "\",\"target\":0.9,\"topics\":[\"no-such-topic\"]}")
                .put().then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertNull(QuarkusTransaction.requiringNew().call(() -> InterviewPlan.ofUser(userId)));
    }

    @Test
    void shouldAskVisitorsToLogIn() {
        given().get().then().statusCode(401);
    }
}
