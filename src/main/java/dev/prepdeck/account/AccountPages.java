package dev.prepdeck.account;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.system.ClientAddress;
import dev.prepdeck.system.LanguagePages;
import dev.prepdeck.system.LocaleFilter;
import dev.prepdeck.system.SessionCookieMechanism;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Login, sign-up and logout pages. Login is an ordinary REST form, so the CSRF filter checks it like any
 * other form, and success issues the same encrypted session cookie the session mechanism restores.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    private static final Logger LOG = Logger.getLogger(AccountPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error, boolean needed);

        static native TemplateInstance signup(String mode, String username, String invite,
                Map<String, String> errors);
    }

    @Inject
    IdentityProviderManager identities;

    @Inject
    SessionCookieMechanism sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignupThrottle signupThrottle;

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean behindProxy;

    @Inject
    AccountService accounts;

    @Inject
    RoutingContext routing;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpHeaders headers;

    @GET
    @Path("login")
    public TemplateInstance loginPage(@RestQuery String next) {
        String back = next == null ? null : LanguagePages.safeLocalPath(next);
        return Templates.login("", back, null, back != null && !"/".equals(back));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next) {
        String name = AppUser.normalize(username);
        String client = client();
        String back = next == null || next.isBlank() ? "/" : LanguagePages.safeLocalPath(next);
        AccountMessages msg = messages(headers);

        Duration wait = throttle.waitBefore(name, client);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return Response.status(429).header("Retry-After", Math.max(1, wait.toSeconds()))
                    .entity(Templates.login(name == null ? "" : name, back, msg.login_throttled(minutes), false))
                    .build();
        }
        SecurityIdentity identity = verify(name, password);
        if (identity == null) {
            throttle.recordFailure(name, client);
            return Response.status(401)
                    .entity(Templates.login(name == null ? "" : name, back, msg.login_failed(), false))
                    .build();
        }
        throttle.recordSuccess(name, client);
        AppUser user = AppUser.findByUsername(identity.getPrincipal().getName());
        if (user == null) {
            // deleted between the password check and now
            return Response.status(401)
                    .entity(Templates.login(name, back, msg.login_failed(), false))
                    .build();
        }
        sessions.issue(SessionIdentityProvider.ticketOf(user), routing);
        return Response.seeOther(localUri(back)).cookie(languageCookie(user.settings.uiLanguage)).build();
    }

    /** The address the throttles count by: the right-most forwarded hop behind a proxy, else the socket's. */
    private String client() {
        String socket = routing.request().remoteAddress() != null ? routing.request().remoteAddress().host() : null;
        return ClientAddress.of(behindProxy, routing.request().getHeader("X-Forwarded-For"), socket);
    }

    /** Checks a password through quarkus-security-jpa; unknown names cost a bcrypt round too, to hide which exist. */
    private SecurityIdentity verify(String name, String password) {
        if (name == null || name.isEmpty() || password == null || password.isEmpty()) {
            return null;
        }
        if (!AppUser.usernameTaken(name)) {
            BcryptUtil.bcryptHash(password);
            return null;
        }
        AppUser stored = AppUser.findByUsername(name);
        if (stored != null && !AppUser.isBcrypt(stored.passwordHash)) {
            // A hash from elsewhere (an edited backup, a manual UPDATE) cannot be checked: refuse like a wrong password.
            LOG.warnf("User '%s' has a stored password hash that is not bcrypt; the account cannot log in until an"
                    + " admin sets a new password", name);
            BcryptUtil.bcryptHash(password);
            return null;
        }
        try {
            return identities.authenticateBlocking(
                    new UsernamePasswordAuthenticationRequest(name, new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            return null;
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        // The cookie is stateless, so removing it from this browser is not enough: a copy would still work.
        if (currentUser.isLoggedIn()) {
            accounts.endSessions(currentUser.id());
        }
        sessions.clear(routing);
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("signup")
    public TemplateInstance signupPage(@RestQuery String invite) {
        return Templates.signup(modeName(), "", invite == null ? "" : invite, Map.of());
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@RestForm String username, @RestForm String password,
            @RestForm String passwordConfirm, @RestForm String invite) {
        String shownName = username == null ? "" : username.trim();
        String shownInvite = invite == null ? "" : invite.trim();
        String client = client();
        Duration wait = signupThrottle.waitBefore(client);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return Response.status(429).header("Retry-After", Math.max(1, wait.toSeconds()))
                    .entity(Templates.signup(modeName(), shownName, shownInvite,
                            Map.of("username", messages(headers).signup_throttled(minutes))))
                    .build();
        }
        signupThrottle.record(client);
        AppUser user;
        try {
            user = accounts.signUp(username, password, passwordConfirm == null ? "" : passwordConfirm, invite);
        } catch (AccountService.RegistrationClosed e) {
            return Response.status(403).entity(Templates.signup(modeName(), shownName, shownInvite, Map.of())).build();
        } catch (AccountService.SignupRejected e) {
            return Response.status(400)
                    .entity(Templates.signup(modeName(), shownName, shownInvite, localize(headers, e.errors)))
                    .build();
        }
        sessions.issue(SessionIdentityProvider.ticketOf(user), routing);
        return Response.seeOther(URI.create("/")).cookie(languageCookie(user.settings.uiLanguage)).build();
    }

    /** A same-site redirect target; anything odd becomes the home page. */
    static URI localUri(String path) {
        try {
            return URI.create(LanguagePages.safeLocalPath(path));
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }

    private String modeName() {
        return accounts.registrationMode().name().toLowerCase(Locale.ROOT);
    }

    /** Field errors as error codes, in the language of this request. */
    static Map<String, String> localize(HttpHeaders headers, Map<String, String> codes) {
        AccountMessages msg = messages(headers);
        Map<String, String> shown = new LinkedHashMap<>();
        codes.forEach((field, code) -> shown.put(field, text(msg, code)));
        return shown;
    }

    static String text(AccountMessages msg, String code) {
        return switch (code) {
            case "err_username_format" -> msg.err_username_format();
            case "err_username_taken" -> msg.err_username_taken();
            case "err_password_short" -> msg.err_password_short();
            case "err_password_long" -> msg.err_password_long();
            case "err_password_mismatch" -> msg.err_password_mismatch();
            case "err_invite_required" -> msg.err_invite_required();
            case "err_invite_invalid" -> msg.err_invite_invalid();
            case "err_current_password" -> msg.err_current_password();
            case "err_password_common" -> msg.err_password_common();
            case "err_password_username" -> msg.err_password_username();
            default -> msg.form_has_errors();
        };
    }

    /** The account strings in the language of this request. */
    static AccountMessages messages(HttpHeaders headers) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        return UiLanguage.DEFAULT.equals(lang) ? MessageBundles.get(AccountMessages.class)
                : MessageBundles.get(AccountMessages.class, Localized.Literal.of(lang));
    }

    /** The same cookie the language switch sets, so the chosen UI language follows the user. */
    static NewCookie languageCookie(String lang) {
        String value = UiLanguage.isSupported(lang) ? lang : UiLanguage.DEFAULT;
        return new NewCookie.Builder(LocaleFilter.COOKIE).value(value).path("/").maxAge(60 * 60 * 24 * 365)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
