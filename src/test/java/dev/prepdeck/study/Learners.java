package dev.prepdeck.study;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;

/** Creates fresh learner accounts for study tests, so each test starts without progress. */
@ApplicationScoped
public class Learners {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Inject
    AccountService accounts;

    /** A new candidate's id. */
    public long create() {
        return create(Role.CANDIDATE).id;
    }

    /** A new account with {@code role}; its password is {@link #PASSWORD}. */
    public AppUser create(String role) {
        return accounts.createUser(nextName(), PASSWORD, role);
    }

    /** A user name nobody has taken yet. */
    public static String nextName() {
        return "learner-" + NEXT.incrementAndGet();
    }

    public static final String PASSWORD = "study-test-password";
}
