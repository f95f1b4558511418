package dev.prepdeck.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.LiveStream;
import dev.prepdeck.support.ScratchDatabase;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;

/**
 * Two processes of the PostgreSQL build on one database: a change made through one instance reaches an event stream
 * open on the other, through LISTEN/NOTIFY, and a listener that loses its connection catches up when it is back; a
 * candidate on one instance and an interviewer on the other run an interview in pairs in step.
 */
@Tag("postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveTwoInstancesTest {

    private static final String ADMIN_PASSWORD = "live-two-instances-operator";
    private static final String EVENTS = "/api/admin/live-check/events";

    private ScratchDatabase db;
    /** Changes are made through A, streams are read from B. */
    private AppProcess a;
    private AppProcess b;
    /** Logged in through A; the shared session key makes the cookie good on B. */
    private WebSession admin;

    @BeforeAll
    void startTwoInstances() throws Exception {
        db = ScratchDatabase.create("prepdeck_live");
        Map<String, String> env = Map.of(
                "PREPDECK_DB_URL", db.jdbcUrl(),
                "PREPDECK_DB_USER", db.user(),
                "PREPDECK_DB_POOL", "6",
                "PREPDECK_SESSION_KEY", "live-two-instances-session-key-" + UUID.randomUUID(),
                "PREPDECK_CONTENT_PATH", dev.prepdeck.support.TestContent.FOLDER.toString(),
                "PREPDECK_ADMIN_USERNAME", "admin",
                "PREPDECK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        var workDir = AppProcess.freshWorkDir("live-two-instances");
        a = AppProcess.start("live-a", AppProcess.builtApp(), AppProcess.freePort(), env, workDir);
        a.awaitReady(Duration.ofSeconds(150));
        b = AppProcess.start("live-b", AppProcess.builtApp(), AppProcess.freePort(), env, workDir);
        b.awaitReady(Duration.ofSeconds(150));
        admin = new WebSession();
        assertEquals(303, admin.login(a.baseUrl(), "admin", ADMIN_PASSWORD).statusCode());
    }

    @AfterAll
    void stopEverything() throws Exception {
        AppProcess.closeInOrder(a, b, db);
    }

    @Test
    void shouldDeliverAChangeMadeThroughOneInstanceToAStreamOnTheOtherWithinASecond() throws Exception {
        try (LiveStream onB = LiveStream.open(b.baseUrl() + EVENTS, admin, null)) {
            long before = Long.parseLong(onB.awaitEvent(e -> true, Duration.ofSeconds(10)).id());
            long changed = change(a);
            assertEquals(before + 1, changed);
            LiveStream.Event event = onB.awaitEvent(e -> Long.parseLong(e.id()) == changed, Duration.ofSeconds(1));
            assertEquals("postgresql-notify", StudyCalls.JSON.readTree(event.data()).get("transport").asText());
        }
    }

    @Test
    void shouldBringAStreamUpToDateWhenItsInstanceListensAgainAfterLosingTheConnection() throws Exception {
        try (LiveStream onB = LiveStream.open(b.baseUrl() + EVENTS, admin, null)) {
            onB.awaitEvent(e -> true, Duration.ofSeconds(10));
            assertTrue(terminateListeners() >= 2, "both instances had a listener connection");
            // made while the listeners are down or reconnecting: the NOTIFY may reach no one
            long changed = change(a);
            b.awaitLog("live listener connected again", Duration.ofSeconds(15));
            onB.awaitEvent(e -> Long.parseLong(e.id()) >= changed, Duration.ofSeconds(5));
        }
        // and later changes travel as before
        try (LiveStream onB = LiveStream.open(b.baseUrl() + EVENTS, admin, null)) {
            onB.awaitEvent(e -> true, Duration.ofSeconds(10));
            long next = change(a);
            onB.awaitEvent(e -> Long.parseLong(e.id()) == next, Duration.ofSeconds(1));
        }
    }

    @Test
    void shouldKeepACandidateOnOneInstanceAndAnInterviewerOnTheOtherInStep() throws Exception {
        WebSession candidate = StudyCalls.newLearner(a.baseUrl(), "cand-" + UUID.randomUUID().toString()
                .substring(0, 8), "pair candidate password");
        HttpResponse<String> started = candidate.submit(a.baseUrl(), "/interview", "/interview",
                Map.of("mainCount", "1", "answerSeconds", "60"));
        assertEquals(303, started.statusCode(), started::body);
        String id = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/interview/", "")
                .replaceFirst("[#?].*", "");
        String pairPage = "/pair/" + id;
        assertEquals(303, candidate.submit(a.baseUrl(), pairPage, pairPage + "/link", Map.of()).statusCode());
        String link = Jsoup.parse(candidate.get(a.baseUrl() + pairPage).body()).selectFirst("#pair-link")
                .attr("value");
        // the link names the instance it was made on; the mentor opens it through the other one
        String onB = b.baseUrl() + link.substring(link.indexOf("/interviewer/"));
        WebSession mentor = new WebSession();
        try (LiveStream interviewer = LiveStream.open(onB + "/events", mentor, null);
                LiveStream candidateScreen = LiveStream.open(a.baseUrl() + pairPage + "/events", candidate, null)) {
            LiveStream.Event first = interviewer.awaitEvent(e -> true, Duration.ofSeconds(10));
            candidateScreen.awaitEvent(e -> true, Duration.ofSeconds(10));
            String position = Jsoup.parse(first.data()).selectFirst("#pair-live").attr("data-position");

            assertEquals(303, candidate.submit(a.baseUrl(), pairPage, pairPage + "/answer",
                    Map.of("position", position)).statusCode());
            interviewer.awaitEvent(e -> e.data().contains("data-phase=\"answering\""), Duration.ofSeconds(1));

            String screen = onB.substring(b.baseUrl().length());
            assertEquals(303, mentor.submit(b.baseUrl(), screen, screen + "/rating",
                    Map.of("position", position, "rating", "3", "notes", "Clear on both instances")).statusCode());
            long rated = Long.parseLong(interviewer.awaitEvent(e -> e.data().contains("Clear on both instances"),
                    Duration.ofSeconds(1)).id());
            candidateScreen.awaitEvent(e -> Long.parseLong(e.id()) >= rated, Duration.ofSeconds(1));
        }
        assertEquals(List.of("3"), db.column("SELECT interviewer_rating FROM interview_answer WHERE interview_id = ?"
                + " AND interviewer_notes = 'Clear on both instances'", id));
    }

    private long change(AppProcess instance) throws Exception {
        HttpResponse<String> changed = admin.postJson(instance.baseUrl() + "/api/admin/live-check", "{}");
        assertEquals(200, changed.statusCode(), changed::body);
        return StudyCalls.JSON.readTree(changed.body()).get("version").asLong();
    }

    private int terminateListeners() throws Exception {
        try (Connection c = db.connect(); PreparedStatement kill = c.prepareStatement(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND application_name = ?) AS killed")) {
            kill.setString(1, PostgresListener.APPLICATION_NAME);
            try (ResultSet row = kill.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
