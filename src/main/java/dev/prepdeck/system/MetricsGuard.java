package dev.prepdeck.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.account.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps the Prometheus metrics (request paths, user counts, pool sizes) away from the public: /q/metrics answers
 * a scraper that sends the configured bearer token ({@code prepdeck.metrics.token}) or a logged-in admin, and
 * problem JSON (401, or 403 for a signed-in non-admin) to everyone else. Health checks stay public.
 */
@ApplicationScoped
public class MetricsGuard {

    static final String PATH = "/q/metrics";
    /** Runs after Quarkus has authenticated the request (priority 200), so a session's identity is known. */
    private static final int PRIORITY = 90;
    private static final String BEARER = "Bearer ";

    @Inject
    MetricsConfig config;

    @Inject
    ObjectMapper json;

    private Optional<byte[]> token;

    @PostConstruct
    void init() {
        token = config.token().map(String::trim).filter(t -> !t.isEmpty()).map(t -> {
            if (t.length() < 16) {
                throw new IllegalStateException("The metrics token (PREPDECK_METRICS_TOKEN / prepdeck.metrics.token)"
                        + " must be at least 16 characters long");
            }
            return t.getBytes(StandardCharsets.UTF_8);
        });
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    private void guard(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
            context.next();
            return;
        }
        if (hasToken(context.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            context.next();
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> decide(context, identity),
                failure -> refuse(context, 401));
    }

    private void decide(RoutingContext context, SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && identity.hasRole(Role.ADMIN)) {
            context.next();
        } else {
            refuse(context, identity == null || identity.isAnonymous() ? 401 : 403);
        }
    }

    boolean hasToken(String authorization) {
        if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] sent = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token.get(), sent);
    }

    private void refuse(RoutingContext context, int status) {
        ErrorMessages text = ErrorText.in(UiLanguage.pick(context.request()));
        String detail = status == 401 ? text.detail_metrics_401() : text.detail_metrics_403();
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, ErrorText.title(text, status), detail, PATH));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"prepdeck-metrics\"");
        }
        response.end(body);
    }
}
