package dev.prepdeck.study;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** Creates fresh learners for study tests, so each test starts without progress. */
@ApplicationScoped
public class Learners {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A new learner's id. */
    public long create() {
        return NEXT.incrementAndGet();
    }
}
