package dev.prepdeck.study.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.study.fsrs.SyntheticLearner;
import dev.prepdeck.study.review.CardProgress;
import dev.prepdeck.study.review.ReviewLog;
import dev.prepdeck.support.SyntheticReviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The background optimization: bounded, behind the database lock, cohort first. */
@QuarkusTest
class OptimizerServiceTest {

    private static final double[] TRUE_WEIGHTS = {
        1.0, 2.5, 6.0, 20.0, 5.0, 0.6, 1.5, 0.01, 1.4, 0.15, 1.2, 1.8, 0.1, 0.35, 1.8, 0.4, 2.5, 0.5, 0.2, 0.1,
        0.45,
    };

    @Inject
    OptimizerService optimizer;

    @Inject
    AccountService accounts;

    private long userId;

    @BeforeEach
    void oneLearnerWithReviews() {
        userId = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findByUsername("background-learner");
            if (user == null) {
                user = accounts.createUser("background-learner", "password-of-background-learner",
                        Role.CANDIDATE);
            }
            user.settings.timeZone = "UTC";
            user.settings.dayRolloverHour = 0;
            ReviewLog.delete("userId", user.id);
            CardProgress.delete("userId", user.id);
            FsrsParameters.deleteAll();
            return user.id;
        });
        SyntheticReviews.store(userId, SyntheticLearner.reviewLog(TRUE_WEIGHTS,
                SyntheticReviews.cardIds(60).size(), 600, 21));
    }

    /** Fitted weights would schedule every other test's learners; leave the defaults behind. */
    @AfterEach
    void forgetFittedWeights() {
        QuarkusTransaction.requiringNew().run(() -> FsrsParameters.deleteAll());
    }

    @Test
    void shouldOptimizeTheCohortAndActiveLearnersInTheBackground() {
        assertTrue(optimizer.backgroundRun());

        FsrsParameters cohort = QuarkusTransaction.requiringNew().call(FsrsParameters::cohort);
        FsrsParameters own = QuarkusTransaction.requiringNew().call(() -> FsrsParameters.ofUser(userId));
        assertNotNull(cohort.optimizedAt);
        assertNotNull(own.optimizedAt);
        assertTrue(own.reviews > 0);
        // The lease is given back: the next run may start at once.
        assertTrue(optimizer.backgroundRun());
    }

    @Test
    void shouldSkipTheRunWhileAnotherInstanceHoldsTheLock() {
        QuarkusTransaction.requiringNew().run(() -> assertTrue(JobLock.tryAcquire(JobLock.OPTIMIZER, "other",
                Instant.now(), Duration.ofMinutes(5))));
        try {
            assertFalse(optimizer.backgroundRun());
            assertFalse(QuarkusTransaction.requiringNew().call(() -> JobLock.tryAcquire(JobLock.OPTIMIZER, "third",
                    Instant.now(), Duration.ofMinutes(5))), "only one holder at a time");
            assertNull(QuarkusTransaction.requiringNew().call(FsrsParameters::cohort));
            assertEquals(0, QuarkusTransaction.requiringNew().call(() -> FsrsParameters.count()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> JobLock.release(JobLock.OPTIMIZER, "other",
                    Instant.now().minusSeconds(1)));
        }
    }
}
