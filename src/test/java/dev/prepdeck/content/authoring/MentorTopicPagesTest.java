package dev.prepdeck.content.authoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The editor's pages with real logins and forms: who may reach them, the merge view of a stale save, restore from
 * the revisions page, and the count of learners an edit touches.
 */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
class MentorTopicPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @BeforeEach
    void createUsers() {
        users.ensure("pages-candidate", Role.CANDIDATE);
        users.ensure("pages-mentor", Role.MENTOR);
        users.ensure("pages-mentor-two", Role.MENTOR);
        users.ensure("pages-admin", Role.ADMIN);
    }

    String base() {
        return root.toString().replaceAll("/$", "");
    }

    WebSession loggedIn(String name) {
        WebSession session = new WebSession();
        assertEquals(303, session.login(base(), name, "password-of-" + name).statusCode());
        return session;
    }

    /** One request of the matrix and the status anonymous / candidate / mentor / admin get. */
    record Row(String name, BiFunction<WebSession, String, HttpResponse<String>> call, int anonymous, int candidate,
            int mentor, int admin) {
    }

    @Test
    void shouldLetOnlyMentorsAndAdminsReachTheEditorItsApiAndRevisions() {
        WebSession mentor = loggedIn("pages-mentor");
        HttpResponse<String> created = mentor.postJson(base() + "/api/mentor/topics", "{\"markdown\":"
                + json(TopicDocuments.small("matrix-topic", "matrix-card", "답.")) + ",\"message\":\"m\"}");
        assertEquals(201, created.statusCode(), created::body);
        String draft = json(TopicDocuments.small("matrix-topic", "matrix-card", "답"));
        List<Row> rows = List.of(
                new Row("GET /mentor/topics", (s, b) -> s.get(b + "/mentor/topics"), 303, 403, 200, 200),
                new Row("GET /mentor/topics/new", (s, b) -> s.get(b + "/mentor/topics/new"), 303, 403, 200, 200),
                new Row("GET editor", (s, b) -> s.get(b + "/mentor/topics/matrix-topic/edit"), 303, 403, 200, 200),
                new Row("GET revisions page", (s, b) -> s.get(b + "/mentor/topics/matrix-topic/revisions"), 303, 403,
                        200, 200),
                new Row("GET /api/mentor/topics", (s, b) -> s.get(b + "/api/mentor/topics"), 401, 403, 200, 200),
                new Row("GET document", (s, b) -> s.get(b + "/api/mentor/topics/matrix-topic"), 401, 403, 200, 200),
                new Row("GET revisions", (s, b) -> s.get(b + "/api/mentor/topics/matrix-topic/revisions"), 401, 403,
                        200, 200),
                new Row("GET revision 1", (s, b) -> s.get(b + "/api/mentor/topics/matrix-topic/revisions/1"), 401, 403,
                        200, 200),
                new Row("GET diff", (s, b) -> s.get(b + "/api/mentor/topics/matrix-topic/diff?from=1&to=1"), 401, 403,
                        200, 200),
                new Row("POST impact", (s, b) -> s.postJson(b + "/api/mentor/topics/impact?topic=matrix-topic",
                        "{\"markdown\":" + draft + "}"), 401, 403, 200, 200),
                new Row("PUT stale save", (s, b) -> s.putJson(b + "/api/mentor/topics/matrix-topic",
                        "{\"markdown\":" + draft + ",\"baseRevision\":0}"), 401, 403, 409, 409),
                new Row("POST create", (s, b) -> s.postJson(b + "/api/mentor/topics", "{\"markdown\":\"x\"}"), 401,
                        403, 400, 400),
                new Row("POST publish", (s, b) -> s.postJson(b + "/api/mentor/topics/matrix-topic/publish",
                        "{\"revision\":99}"), 401, 403, 404, 404));
        Map<String, WebSession> callers = Map.of("anonymous", new WebSession(), "candidate", loggedIn("pages-candidate"),
                "mentor", mentor, "admin", loggedIn("pages-admin"));
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows) {
            checks.add(() -> assertEquals(row.anonymous(), row.call().apply(callers.get("anonymous"), base()).statusCode(),
                    "anonymous " + row.name()));
            checks.add(() -> assertEquals(row.candidate(), row.call().apply(callers.get("candidate"), base()).statusCode(),
                    "candidate " + row.name()));
            checks.add(() -> assertEquals(row.mentor(), row.call().apply(callers.get("mentor"), base()).statusCode(),
                    "mentor " + row.name()));
            checks.add(() -> assertEquals(row.admin(), row.call().apply(callers.get("admin"), base()).statusCode(),
                    "admin " + row.name()));
        }
        assertAll(checks);
        HttpResponse<String> anonymous = new WebSession().get(base() + "/mentor/topics");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"));
        // a candidate's menu has no editor link; a mentor's has
        assertTrue(Jsoup.parse(callers.get("candidate").get(base() + "/").body()).select("a[href=/mentor/topics]").isEmpty());
        assertNotNull(Jsoup.parse(mentor.get(base() + "/").body()).selectFirst("a[href=/mentor/topics]"));
    }

    @Test
    void shouldShowTheSecondMentorAMergeViewOfTheirRevisionAndTheirOwnTextLosingNothing() {
        WebSession first = loggedIn("pages-mentor");
        WebSession second = loggedIn("pages-mentor-two");
        HttpResponse<String> created = first.submit(base(), "/mentor/topics/new", "/mentor/topics",
                Map.of("markdown", TopicDocuments.small("merge-topic", "merge-card", "처음 답."), "message", "first"));
        assertEquals(303, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(
                "/mentor/topics/merge-topic/edit?done=created"));

        // both open revision 1; the first saves
        String page = "/mentor/topics/merge-topic/edit";
        assertEquals(303, first.submit(base(), page, "/mentor/topics/merge-topic", Map.of("base", "1", "markdown",
                TopicDocuments.small("merge-topic", "merge-card", "첫째 멘토의 답."), "message", "first edit"))
                .statusCode());
        HttpResponse<String> stale = second.submit(base(), page, "/mentor/topics/merge-topic", Map.of("base", "1",
                "markdown", TopicDocuments.small("merge-topic", "merge-card", "둘째 멘토의 답."), "message", "second"));
        assertEquals(409, stale.statusCode());
        Document merge = Jsoup.parse(stale.body());
        assertNotNull(merge.selectFirst("#merge-view"), stale::body);
        assertTrue(merge.select("#merge-diff .diff-removed").text().contains("첫째 멘토의 답."));
        assertTrue(merge.select("#merge-diff .diff-added").text().contains("둘째 멘토의 답."));
        assertTrue(merge.selectFirst("#merge-theirs").text().contains("첫째 멘토의 답."));
        assertTrue(merge.selectFirst("#editor-markdown").text().contains("둘째 멘토의 답."), "your text stays in the editor");
        assertEquals("2", merge.selectFirst("#editor-form input[name=base]").attr("value"));

        // saving the merged text from the merge view is accepted as revision 3
        HttpResponse<String> merged = second.submit(base(), page, "/mentor/topics/merge-topic", Map.of("base", "2",
                "markdown", TopicDocuments.small("merge-topic", "merge-card", "첫째와 둘째의 답."), "message", "merged"));
        assertEquals(303, merged.statusCode());
        Document revisions = Jsoup.parse(second.get(base() + "/mentor/topics/merge-topic/revisions").body());
        assertEquals(List.of("3", "2", "1"), revisions.select("#revisions tbody tr").eachAttr("data-revision"));
        assertTrue(revisions.select("#revisions").text().contains("pages-mentor-two"));
    }

    @Test
    void shouldRestoreFromTheRevisionsPageAndShowTheDiff() {
        WebSession mentor = loggedIn("pages-mentor");
        mentor.submit(base(), "/mentor/topics/new", "/mentor/topics",
                Map.of("markdown", TopicDocuments.small("page-restore", "page-restore-card", "원래 답."), "message", "1"));
        mentor.submit(base(), "/mentor/topics/page-restore/edit", "/mentor/topics/page-restore", Map.of("base", "1",
                "markdown", TopicDocuments.small("page-restore", "page-restore-card", "고친 답."), "message", "2"));
        Document diff = Jsoup.parse(mentor.get(base() + "/mentor/topics/page-restore/revisions?from=1&to=2").body());
        assertEquals("A: 원래 답.", diff.select("#revision-diff .diff-removed").text().replaceAll("^\\d+\\s*-\\s*", ""));
        HttpResponse<String> restored = mentor.submit(base(), "/mentor/topics/page-restore/revisions",
                "/mentor/topics/page-restore/revisions/1/restore", Map.of());
        assertEquals(303, restored.statusCode());
        Document editor = Jsoup.parse(mentor.get(base() + "/mentor/topics/page-restore/edit").body());
        assertTrue(editor.selectFirst("#editor-markdown").text().contains("원래 답."));
        assertEquals("3", editor.selectFirst("#editor-form input[name=base]").attr("value"));
    }

    @Test
    void shouldCountTheLearnersStudyingTheCardsAnEditRewords() throws Exception {
        WebSession mentor = loggedIn("pages-mentor");
        mentor.postJson(base() + "/api/mentor/topics", "{\"markdown\":"
                + json(TopicDocuments.small("impact-topic", "impact-card", "처음.")) + "}");
        assertEquals(200, mentor.postJson(base() + "/api/mentor/topics/impact-topic/publish", "{\"revision\":1}")
                .statusCode());
        for (int i = 0; i < 2; i++) {
            WebSession learner = StudyCalls.newLearner(base(), "impact-learner-" + i + "-" + System.nanoTime() % 100000,
                    "impact-learner-password");
            HttpResponse<String> graded = StudyCalls.grade(learner, base(), "impact-card",
                    java.util.UUID.randomUUID().toString());
            assertEquals(200, graded.statusCode(), graded::body);
        }
        HttpResponse<String> same = mentor.postJson(base() + "/api/mentor/topics/impact?topic=impact-topic",
                "{\"markdown\":" + json(TopicDocuments.small("impact-topic", "impact-card", "처음.")) + "}");
        assertEquals("{\"reworded\":0,\"removed\":0,\"added\":0,\"learners\":0}", same.body());
        HttpResponse<String> reworded = mentor.postJson(base() + "/api/mentor/topics/impact?topic=impact-topic",
                "{\"markdown\":" + json(TopicDocuments.small("impact-topic", "impact-card", "고침.")) + "}");
        assertEquals("{\"reworded\":1,\"removed\":0,\"added\":0,\"learners\":2}", reworded.body());
    }

    static String json(String text) {
        try {
            return StudyCalls.JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
