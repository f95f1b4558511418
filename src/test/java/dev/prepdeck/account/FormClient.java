package dev.prepdeck.account;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A tiny browser for tests: keeps cookies between requests and fills in a form's CSRF field from the page
 * it was served on, the way a person's browser would.
 */
final class FormClient {

    final Map<String, String> cookies = new HashMap<>();

    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    Response get(String path) {
        return remember(request().get(path));
    }

    /** Loads {@code page}, then submits its form posting to {@code action} with the page's CSRF token. */
    Response submit(String page, String action, Map<String, String> fields) {
        Response form = get(page);
        Element input = Jsoup.parse(form.asString()).selectFirst("form[action=" + action + "] input[name=csrf-token]");
        if (input == null) {
            throw new AssertionError("no form posting to " + action + " with a CSRF field on " + page);
        }
        Element binding = input.parent().selectFirst("input[name=csrf-bind]");
        if (binding == null) {
            return post(action, input.attr("value"), fields);
        }
        Map<String, String> all = new HashMap<>(fields);
        all.put("csrf-bind", binding.attr("value"));
        return post(action, input.attr("value"), all);
    }

    Response post(String action, String csrfToken, Map<String, String> fields) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (csrfToken != null) {
            spec = spec.formParam("csrf-token", csrfToken);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue());
        }
        return remember(spec.post(action));
    }

    Response login(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    private Response remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
