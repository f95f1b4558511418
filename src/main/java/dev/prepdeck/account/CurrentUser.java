package dev.prepdeck.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.prepdeck.system.CsrfBinding;
import dev.prepdeck.system.SessionCookieMechanism;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is making the current request. Inject it into resources and services, or use it from templates as
 * {@code {inject:currentUser.name}}, {@code {inject:currentUser.loggedIn}}, {@code {inject:currentUser.admin}}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfTokenParameterProvider csrf;

    @Inject
    SessionCookieMechanism sessions;

    @Inject
    RoutingContext routing;

    private AppUser loaded;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    /** The login name, or null for a visitor. */
    public String getName() {
        return isLoggedIn() ? identity.getPrincipal().getName() : null;
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    public boolean isMentor() {
        return identity.hasRole(Role.MENTOR);
    }

    /** Mentors and admins both look after content and flagged cards. */
    public boolean isMentorOrAdmin() {
        return isMentor() || isAdmin();
    }

    /**
     * The logged-in user's row, or null for a visitor: the copy read when the session cookie was checked, else
     * (password login, tests) read once per request. Read it, do not change it: it is not attached to a transaction.
     */
    public AppUser user() {
        if (loaded == null && isLoggedIn()) {
            loaded = identity.getAttribute(SessionIdentityProvider.USER_ATTRIBUTE) instanceof AppUser carried
                    ? carried : AppUser.findByUsername(getName());
        }
        return loaded;
    }

    /** The logged-in user; a visitor gets 401 (API) or the login page. */
    public AppUser require() {
        AppUser user = user();
        if (user == null) {
            throw new UnauthorizedException();
        }
        return user;
    }

    /** The logged-in user's id; a visitor gets 401 (API) or the login page. */
    public long id() {
        return require().id;
    }

    /** The logged-in user's study settings; a visitor gets 401 (API) or the login page. */
    public UserSettings settings() {
        return require().settings;
    }

    /**
     * The CSRF token for a form, or an empty string when this request has none (then the form is refused,
     * which is safe). Unlike {@code {inject:csrf.token}} it never fails, so the layout can use it on any page.
     */
    public String getCsrfToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    /** The CSRF token's binding to this session, for the hidden {@value CsrfBinding#FIELD} field of a form. */
    public String getCsrfBinding() {
        return CsrfBinding.forRequest(sessions, routing, getCsrfToken());
    }

    /** Name of the hidden form field that carries the CSRF token. */
    public String getCsrfField() {
        return csrf.getParameterName();
    }
}
