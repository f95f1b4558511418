package dev.prepdeck.live;

import static org.awaitility.Awaitility.await;
import static dev.prepdeck.support.LiveStream.CONNECT;
import static dev.prepdeck.support.LiveStream.WITHIN_A_SECOND;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.LiveStream;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The live channel over real HTTP connections on the embedded build: what each open screen receives, and when. */
@QuarkusTest
class LiveChannelsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LiveChannels channels;

    @Inject
    LiveSubscribers subscribers;

    private WebSession admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = new WebSession();
        assertEquals(303, admin.login(root(), "admin", "first-operator-passphrase").statusCode());
        await("streams of earlier tests closed").atMost(Duration.ofSeconds(10))
                .until(() -> subscribers.count(LiveCheckResource.CHANNEL) == 0);
    }

    @Test
    void shouldSendTheCurrentStateAtOnceAndEveryChangeToEachOpenScreenWithinASecond() throws Exception {
        try (LiveStream one = open(null); LiveStream two = open(null)) {
            long now = version(one.awaitEvent(e -> true, CONNECT));
            assertEquals(now, version(two.awaitEvent(e -> true, CONNECT)));

            long changed = changeThroughTheApi();
            assertEquals(now + 1, changed);
            for (LiveStream stream : List.of(one, two)) {
                LiveStream.Event event = stream.awaitEvent(e -> version(e) == changed, WITHIN_A_SECOND);
                assertAll(
                        () -> assertEquals("state", event.name()),
                        () -> assertEquals(changed, StudyCalls.JSON.readTree(event.data()).get("version").asLong(),
                                "the state carried is the new one"),
                        () -> assertEquals("in-process", StudyCalls.JSON.readTree(event.data()).get("transport")
                                .asText()));
            }
        }
    }

    @Test
    void shouldBringAScreenThatReconnectsWithLastEventIdUpToDate() throws Exception {
        long seen;
        try (LiveStream stream = open(null)) {
            seen = version(stream.awaitEvent(e -> true, CONNECT));
        }
        changeThroughTheApi();
        long latest = changeThroughTheApi();
        try (LiveStream again = open(Long.toString(seen))) {
            LiveStream.Event first = again.awaitEvent(e -> true, CONNECT);
            assertEquals(latest, version(first), "the first event after the reconnect is the current state");
            assertEquals(latest, StudyCalls.JSON.readTree(first.data()).get("version").asLong());
        }
    }

    @Test
    void shouldTellNoScreenOfAChangeThatRolledBack() throws Exception {
        try (LiveStream stream = open(null)) {
            long now = version(stream.awaitEvent(e -> true, CONNECT));
            // a change whose transaction then fails, as when the state it goes with cannot be saved
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                channels.publish(LiveCheckResource.CHANNEL);
                throw new IllegalStateException("the rest of the change failed");
            }));
            long committed = changeThroughTheApi();
            assertEquals(now + 1, committed, "the rolled-back change left the version as it was");
            stream.awaitEvent(e -> version(e) == committed, WITHIN_A_SECOND);
            assertEquals(List.of(now, committed), stream.events().stream().map(LiveChannelsTest::version).toList());
        }
    }

    @Test
    void shouldKeepAnIdleStreamOpenWithHeartbeatComments() throws Exception {
        try (LiveStream stream = open(null)) {
            stream.awaitEvent(e -> true, CONNECT);
            assertEquals("keep-alive", stream.awaitComment(Duration.ofSeconds(5)));
            assertTrue(!stream.ended(), "the stream stays open");
        }
    }

    @Test
    void shouldRefuseAStreamBeyondTheLimitAndFreeTheSlotWhenAScreenCloses() throws Exception {
        int limit = 4;
        List<LiveStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < limit; i++) {
                LiveStream stream = open(null);
                stream.awaitEvent(e -> true, CONNECT);
                streams.add(stream);
            }
            try (LiveStream refused = open(null)) {
                assertEquals(429, refused.status());
                assertEquals("application/problem+json",
                        refused.head().headers().firstValue("Content-Type").orElse(""));
                assertTrue(refused.errorBody().contains("잠시 기다린 뒤 다시 시도하세요"), refused.errorBody());
                assertTrue(refused.head().headers().firstValue("Retry-After").isPresent(), "says when to try again");
            }
            streams.remove(0).close();
            await("the closed screen forgotten").atMost(Duration.ofSeconds(5))
                    .until(() -> subscribers.count(LiveCheckResource.CHANNEL) == limit - 1);
            try (LiveStream next = open(null)) {
                assertEquals(200, next.status());
                next.awaitEvent(e -> true, CONNECT);
            }
        } finally {
            streams.forEach(LiveStream::close);
        }
    }

    @Test
    void shouldOpenTheCheckChannelToAdminsOnly() {
        try (LiveStream anonymous = LiveStream.open(root() + "/api/admin/live-check/events", null, null)) {
            assertEquals(401, anonymous.status());
        }
        String name = "live-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession learner = StudyCalls.newLearner(root(), name, "live channel password");
        try (LiveStream candidate = LiveStream.open(root() + "/api/admin/live-check/events", learner, null)) {
            assertEquals(403, candidate.status());
        }
        assertEquals(403, learner.postJson(root() + "/api/admin/live-check", "{}").statusCode());
    }

    private LiveStream open(String lastEventId) {
        LiveStream stream = LiveStream.open(root() + "/api/admin/live-check/events", admin, lastEventId);
        return stream;
    }

    private long changeThroughTheApi() throws Exception {
        HttpResponse<String> changed = admin.postJson(root() + "/api/admin/live-check", "{}");
        assertEquals(200, changed.statusCode(), changed::body);
        JsonNode status = StudyCalls.JSON.readTree(changed.body());
        return status.get("version").asLong();
    }

    private static long version(LiveStream.Event event) {
        return Long.parseLong(event.id());
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
