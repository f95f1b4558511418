package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.support.RawHttp;
import dev.prepdeck.support.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A body over the size limit and an address over the length limit, sent to the running server over a socket, get
 * a 413 or 414 that says what happened (problem JSON under /api, a page in the visitor's language elsewhere),
 * never an empty answer.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** Over quarkus.http.limits.max-body-size (10 MB by default). */
    private static final long TOO_LARGE = 11L * 1024 * 1024;

    @TestHTTPResource("/")
    URL root;

    private Answer send(String head, byte[] body) throws Exception {
        return RawHttp.exchange(root.getPort(), head + "\r\nHost: 127.0.0.1:" + root.getPort(), body);
    }

    private static JsonNode problem(Answer answer) throws Exception {
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.headers().toString());
        return JSON.readTree(answer.body());
    }

    @Test
    void shouldAnswerATooLargeApiBodyWithAProblem() throws Exception {
        Answer answer = send("POST /api/mentor/content/preview HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Accept-Language: en\r\nContent-Length: " + TOO_LARGE, "{\"file\":".getBytes(StandardCharsets.UTF_8));
        assertEquals(413, answer.status());
        JsonNode problem = problem(answer);
        assertEquals(413, problem.get("status").asInt());
        assertEquals("Request Too Large", problem.get("title").asText());
        assertEquals("The request body is too large (at most 10 MB).", problem.get("detail").asText());
        assertEquals("/api/mentor/content/preview", problem.get("instance").asText());
    }

    @Test
    void shouldAnswerATooLargeFormWithAPageInTheVisitorsLanguage() throws Exception {
        Answer korean = send("POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Accept: text/html\r\nCookie: lang=ko\r\nContent-Length: " + TOO_LARGE, "username=a".getBytes());
        assertEquals(413, korean.status());
        assertTrue(korean.header("Content-Type").startsWith("text/html"), korean.headers().toString());
        assertTrue(korean.body().contains("요청이 너무 큼"), korean.body());
        assertTrue(korean.body().contains("<html lang=\"ko\">"), korean.body());
        assertFalse(korean.body().contains("Too Large"), korean.body());

        Answer english = send("POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Accept: text/html\r\nAccept-Language: en-GB,en;q=0.8\r\nContent-Length: " + TOO_LARGE, new byte[0]);
        assertEquals(413, english.status());
        assertTrue(english.body().contains("The request body is too large (at most 10 MB)."), english.body());
        assertFalse(HANGUL.matcher(english.body().replace("한국어", "")).find(), english.body());
    }

    @Test
    void shouldAnswerATooLongApiAddressWithAProblem() throws Exception {
        String query = "x".repeat(RequestLimits.MAX_URI_LENGTH);
        Answer answer = send("GET /api/topics?q=" + query + " HTTP/1.1\r\nAccept-Language: en", new byte[0]);
        assertEquals(414, answer.status());
        JsonNode problem = problem(answer);
        assertEquals("Address Too Long", problem.get("title").asText());
        assertEquals("The address is too long (at most 8192 characters).", problem.get("detail").asText());
        assertFalse(answer.body().contains(query), "the address is not echoed back");
    }

    @Test
    void shouldAnswerATooLongPageAddressWithAPage() throws Exception {
        // far beyond the old decoder limit of 4096, which used to answer before any page could
        String path = "/topics/" + "a".repeat(20_000);
        Answer answer = send("GET " + path + " HTTP/1.1\r\nAccept: text/html\r\nCookie: lang=en", new byte[0]);
        assertEquals(414, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.headers().toString());
        assertTrue(answer.body().contains("414 · Address Too Long"), answer.body());
        assertTrue(answer.body().contains("href=\"/\""), "a way back home");
    }

    @Test
    void shouldStillServeAnAddressJustUnderTheLimit() throws Exception {
        String path = "/?pad=" + "p".repeat(RequestLimits.MAX_URI_LENGTH - 6);
        assertEquals(RequestLimits.MAX_URI_LENGTH, path.length());
        Answer answer = send("GET " + path + " HTTP/1.1\r\nAccept: text/html", new byte[0]);
        assertEquals(200, answer.status());
    }
}
