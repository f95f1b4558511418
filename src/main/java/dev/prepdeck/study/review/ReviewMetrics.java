package dev.prepdeck.study.review;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.prepdeck.study.fsrs.Rating;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Study metrics: {@code prepdeck_reviews_total{rating=…}} counts grades as they are recorded, and
 * {@code prepdeck_active_users} is the number of learners with a grade in the last 24 hours, recounted once a
 * minute so scraping never touches the database. Created at start-up, so both are exported from the first scrape.
 */
@Startup
@ApplicationScoped
public class ReviewMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final Map<Rating, Counter> reviews = new EnumMap<>(Rating.class);
    private final AtomicLong activeUsers = new AtomicLong();

    @PostConstruct
    void register() {
        for (Rating rating : Rating.values()) {
            reviews.put(rating, Counter.builder("prepdeck.reviews")
                    .description("Grades recorded, by rating")
                    .tag("rating", rating.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        Gauge.builder("prepdeck.active.users", activeUsers, AtomicLong::get)
                .description("Learners who graded a card in the last 24 hours")
                .register(registry);
    }

    void graded(Rating rating) {
        reviews.get(rating).increment();
    }

    /** Recounts active learners; runs every minute and once shortly after start. */
    @Scheduled(every = "60s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshActiveUsers() {
        activeUsers.set(QuarkusTransaction.requiringNew().call(() -> ReviewLog.countActiveUsersSince(
                clock.instant().minus(Duration.ofHours(24)))));
    }

    /** The last recounted number of active learners. */
    public long activeUsers() {
        return activeUsers.get();
    }
}
