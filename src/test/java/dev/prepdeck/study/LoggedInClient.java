package dev.prepdeck.study;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;

/**
 * A learner's HTTP client for tests that need many real requests at once: logs in through the real form and then
 * sends JSON with the session cookie, from any thread.
 */
public final class LoggedInClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<String, String> cookies = new HashMap<>();

    private LoggedInClient(URI base) {
        this.base = base;
    }

    /** Logs {@code username} in through the login form. */
    public static LoggedInClient login(URI base, String username, String password) {
        LoggedInClient client = new LoggedInClient(base);
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        String token = Jsoup.parse(page.body()).selectFirst("form[action=/login] input[name=csrf-token]").attr("value");
        String form = "csrf-token=" + enc(token) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 303 || !client.cookies.containsKey("prepdeck-session")) {
            throw new AssertionError("login failed: " + login.statusCode() + " " + login.body());
        }
        return client;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** A page as a browser asks for it, HTML. */
    public HttpResponse<String> getPage(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        String cookieHeader;
        synchronized (cookies) {
            cookieHeader = String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList());
        }
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(response.headers().allValues("set-cookie"));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        synchronized (cookies) {
            for (String header : setCookies) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
