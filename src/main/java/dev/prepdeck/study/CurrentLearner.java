package dev.prepdeck.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The logged-in learner of the current request, as the study services need them: an id and settings. */
@RequestScoped
public class CurrentLearner {

    @Inject
    SecurityIdentity identity;

    /** The learner's id; a visitor gets 401 (API) or the login page. */
    public long id() {
        throw new UnauthorizedException();
    }

    /** The learner's study settings. */
    public StudyPreferences preferences() {
        return StudyPreferences.defaults();
    }

    /** The CSRF token to send with state-changing requests (header X-CSRF-TOKEN). */
    public String csrfToken() {
        return "";
    }
}
