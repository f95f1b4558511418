package dev.prepdeck.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.prepdeck.system.PreferredLanguage;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.security.identity.SecurityIdentity;

/** A signed-in user's UI language lives in their settings ({@link UserSettings#uiLanguage}). */
@ApplicationScoped
public class StoredLanguage implements PreferredLanguage {

    @Override
    public String storedFor(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getAttribute(SessionIdentityProvider.USER_ATTRIBUTE) instanceof AppUser user)) {
            return null;
        }
        return UiLanguage.isSupported(user.settings.uiLanguage) ? user.settings.uiLanguage : null;
    }

    @Override
    @Transactional
    public void remember(SecurityIdentity identity, String lang) {
        if (identity == null || identity.isAnonymous() || !UiLanguage.isSupported(lang)) {
            return;
        }
        AppUser user = AppUser.findByUsername(identity.getPrincipal().getName());
        if (user != null) {
            user.settings.uiLanguage = lang;
        }
    }
}
