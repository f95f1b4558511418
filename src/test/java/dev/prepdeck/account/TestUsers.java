package dev.prepdeck.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates the users that {@code @TestSecurity} names, so endpoints that read the user's row find one. */
@ApplicationScoped
public class TestUsers {

    @Inject
    AccountService accounts;

    @Transactional
    public AppUser ensure(String username, String role) {
        AppUser existing = AppUser.findByUsername(username);
        if (existing != null) {
            existing.role = role;
            return existing;
        }
        return accounts.createUser(username, "password-of-" + username, role);
    }
}
