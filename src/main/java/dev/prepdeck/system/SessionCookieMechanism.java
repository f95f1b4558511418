package dev.prepdeck.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Stateless sessions: the encrypted cookie of Quarkus form authentication (AES-GCM over "expiry:ticket",
 * {@link PersistentLoginManager}, the ticket being a {@link SessionTicket}), keyed by {@code quarkus.http.auth.session.encryption-key} and shaped by the
 * {@code quarkus.http.auth.form.*} cookie settings. Any instance holding the same key accepts the cookie.
 *
 * <p>Unlike the built-in form mechanism this one has no {@code j_security_check} endpoint (login is a
 * CSRF-protected REST form, see AccountPages), never logs a generated key, answers /api requests with 401
 * instead of a redirect, and treats a cookie for a deleted user as no session instead of failing every page.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionCookieMechanism.class);
    static final String KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String FORM = "quarkus.http.auth.form.";
    private static final String HMAC = "HmacSHA256";

    @Inject
    Config config;

    /** Routing-context entry holding the ticket of the session this request carries (or was just issued). */
    public static final String TICKET_ATTRIBUTE = "prepdeck.session-ticket";

    private PersistentLoginManager manager;
    private SecretKeySpec signingKey;
    private String cookieName;
    private String cookiePath;
    private boolean generatedKey;

    @PostConstruct
    void init() {
        Optional<String> configured = config.getOptionalValue(KEY_PROPERTY, String.class).filter(k -> !k.isBlank());
        String key;
        if (configured.isPresent()) {
            key = configured.get();
            if (key.length() < 32) {
                throw new IllegalStateException("The session key (PREPDECK_SESSION_KEY / " + KEY_PROPERTY
                        + ") must be at least 32 characters long");
            }
        } else {
            if (config.getOptionalValue("prepdeck.session.require-key", Boolean.class).orElse(false)) {
                throw new IllegalStateException("PREPDECK_SESSION_KEY is not set and prepdeck.session.require-key=true;"
                        + " set the same random key (32+ characters) on every instance");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = Base64.getEncoder().encodeToString(random);
            generatedKey = true;
        }
        signingKey = new SecretKeySpec(hmac(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC),
                "prepdeck signing key"), HMAC);
        cookieName = config.getOptionalValue(FORM + "cookie-name", String.class).orElse("prepdeck-session");
        cookiePath = config.getOptionalValue(FORM + "cookie-path", String.class).orElse("/");
        Duration timeout = config.getOptionalValue(FORM + "timeout", Duration.class).orElse(Duration.ofDays(7));
        Duration refresh = config.getOptionalValue(FORM + "new-cookie-interval", Duration.class).orElse(Duration.ofHours(1));
        long maxAge = config.getOptionalValue(FORM + "cookie-max-age", Duration.class).map(Duration::toSeconds).orElse(-1L);
        boolean httpOnly = config.getOptionalValue(FORM + "http-only-cookie", Boolean.class).orElse(true);
        String sameSite = config.getOptionalValue(FORM + "cookie-same-site", String.class).orElse("lax");
        String domain = config.getOptionalValue(FORM + "cookie-domain", String.class).orElse(null);
        manager = new PersistentLoginManager(key, cookieName, timeout.toMillis(), refresh.toMillis(), httpOnly,
                CookieSameSite.valueOf(sameSite.toUpperCase(Locale.ROOT)).name(), cookiePath, maxAge, domain);
    }

    /** Builds the key at start-up (a bad key stops the app here) and says loudly when it is per instance. */
    void onStart(@Observes StartupEvent event) {
        if (generatedKey && LaunchMode.current() != LaunchMode.TEST) {
            LOG.warn("PREPDECK_SESSION_KEY is not set: sessions are encrypted with a random key of THIS instance."
                    + " Users are logged out on every restart and other instances reject their sessions."
                    + " Set PREPDECK_SESSION_KEY to the same random value (32+ characters) on every instance.");
        }
    }

    public boolean usesGeneratedKey() {
        return generatedKey;
    }

    public String cookieName() {
        return cookieName;
    }

    /** Sets the session cookie for {@code ticket} on the current response. */
    public void issue(SessionTicket ticket, RoutingContext context) {
        manager.save(ticket.encode(), context, cookieName, null, isSecure(context.request()));
        context.put(TICKET_ATTRIBUTE, ticket.encode());
    }

    /** The ticket of the session cookie this request carries, or null when it has none (or no longer a valid one). */
    public static String ticketOf(RoutingContext context) {
        return context.get(TICKET_ATTRIBUTE);
    }

    /** An HMAC-SHA256 of {@code text} (URL-safe Base64) under a key derived from the shared session key. */
    public String sign(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(signingKey, text));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the session cookie from the browser. */
    public void clear(RoutingContext context) {
        Cookie gone = Cookie.cookie(cookieName, "").setPath(cookiePath).setMaxAge(0)
                .setHttpOnly(true).setSecure(isSecure(context.request()));
        context.response().addCookie(gone);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        PersistentLoginManager.RestoreResult restored = manager.restore(context);
        if (restored == null) {
            if (context.request().getCookie(cookieName) != null) {
                // expired, tampered with or made with another key: drop it so the browser stops sending it
                clear(context);
            }
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new TrustedAuthenticationRequest(restored.getPrincipal()), context);
        return identities.authenticate(request)
                .onItem().invoke(identity -> {
                    manager.save(restored.getPrincipal(), context, cookieName, restored, isSecure(context.request()));
                    context.put(TICKET_ATTRIBUTE, restored.getPrincipal());
                })
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    // the account is gone or its sessions were ended: continue as a visitor, not a failed page
                    clear(context);
                    return null;
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return Uni.createFrom().item(new ChallengeData(401));
        }
        String back = path + (context.request().query() != null ? "?" + context.request().query() : "");
        String location = "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return Uni.createFrom().item(new ChallengeData(303, "Location", location));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, cookieName));
    }

    /** Behind a TLS-terminating proxy with forwarding enabled the scheme is https although the socket is not. */
    private static boolean isSecure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.scheme());
    }
}
