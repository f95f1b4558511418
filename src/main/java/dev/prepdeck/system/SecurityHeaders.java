package dev.prepdeck.system;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response, pages, API, static files and /q alike: no MIME sniffing, no framing, a
 * content security policy that allows only this origin's scripts, a strict referrer policy, HSTS over HTTPS (or
 * when the trusted proxy says the client used HTTPS), {@code no-store} on pages and exports that are personal, and
 * revalidation instead of {@code immutable} for static files, whose URLs do not change with a new version.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Scripts only as files from this origin (pages have no inline script; the demos are ES modules), styles from
     * this origin plus style attributes that sanitised Markdown and the widgets set, images also as data: URLs.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Path prefixes whose answers belong to one person and must not stay in any cache. */
    private static final Set<String> PERSONAL = Set.of("/study", "/review", "/stats", "/settings", "/admin",
            "/mentor", "/api/me", "/api/study", "/api/admin", "/api/mentor", "/login", "/signup", "/cards",
            "/quiz/history", "/api/quiz/history", "/api/quiz/settings");

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 100);
    }

    private void addHeaders(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "Content-Security-Policy", CSP);
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
            if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme())) {
                setIfAbsent(headers, "Strict-Transport-Security", HSTS);
            }
            if (isPersonal(context.normalizedPath())) {
                headers.set("Cache-Control", "no-store");
            } else if (headers.get("Cache-Control") != null && headers.get("Cache-Control").contains("immutable")) {
                // Static files keep their names across upgrades, so a browser must ask again (a cheap 304 while
                // unchanged) instead of running last version's script for a day.
                headers.set("Cache-Control", "no-cache");
            }
        });
        context.next();
    }

    static boolean isPersonal(String path) {
        for (String prefix : PERSONAL) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
