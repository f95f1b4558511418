package dev.prepdeck.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser against servers started as processes: keeps its cookies (like a browser, for the host and
 * not the port, so one session can talk to several instances behind a load balancer), never follows redirects,
 * and fills in a form's CSRF field from the page the form was served on.
 */
public final class WebSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The Cookie header this browser would send now, empty if it has no cookies. */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    public HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    /** GET with one extra request header, such as {@code Authorization} or {@code Accept}. */
    public HttpResponse<String> get(String url, String header, String value) {
        return send(request(url).header(header, value).GET());
    }

    /** Loads {@code page}, then posts its form whose action is {@code action} with the page's CSRF token. */
    public HttpResponse<String> submit(String baseUrl, String page, String action, Map<String, String> fields) {
        HttpResponse<String> form = get(baseUrl + page);
        Document document = Jsoup.parse(form.body());
        if (document.selectFirst("form[action=" + action + "] input[name=csrf-token]") == null) {
            throw new AssertionError("no form posting to " + action + " with a CSRF field on " + page + ": "
                    + form.statusCode());
        }
        return submitForm(baseUrl, document, action, fields);
    }

    /** Posts the form of an already loaded {@code page} whose action is {@code action}, with its CSRF token. */
    public HttpResponse<String> submitForm(String baseUrl, Document page, String action, Map<String, String> fields) {
        Element input = page.selectFirst("form[action=" + action + "] input[name=csrf-token]");
        if (input == null) {
            throw new AssertionError("no form posting to " + action + " with a CSRF field");
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf-token", input.attr("value"));
        Element binding = input.parent().selectFirst("input[name=csrf-bind]");
        if (binding != null) {
            all.put("csrf-bind", binding.attr("value"));
        }
        all.putAll(fields);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(baseUrl + action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the real login form; 303 on success. */
    public HttpResponse<String> login(String baseUrl, String username, String password) {
        return submit(baseUrl, "/login", "/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> signup(String baseUrl, String username, String password) {
        return submit(baseUrl, "/signup", "/signup",
                Map.of("username", username, "password", password, "passwordConfirm", password));
    }

    public HttpResponse<String> postJson(String url, String json) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String url, String json) {
        return send(request(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET as raw bytes, optionally announcing {@code Accept-Encoding} (nothing is decompressed here). */
    public HttpResponse<byte[]> getBytes(String url, String acceptEncoding) {
        HttpRequest.Builder builder = request(url).GET();
        if (acceptEncoding != null) {
            builder.header("Accept-Encoding", acceptEncoding);
        }
        return send(builder, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs bytes as JSON, optionally declaring them compressed with {@code contentEncoding}. */
    public HttpResponse<String> postBytes(String url, byte[] body, String contentEncoding) {
        HttpRequest.Builder builder = request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentEncoding != null) {
            builder.header("Content-Encoding", contentEncoding);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept-Language", "en");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = http.send(builder.build(), body);
            for (String header : response.headers().allValues("Set-Cookie")) {
                remember(header);
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        String lower = setCookie.toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
