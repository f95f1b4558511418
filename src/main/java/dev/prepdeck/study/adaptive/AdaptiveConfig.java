package dev.prepdeck.study.adaptive;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Typed configuration of adaptive study: the FSRS optimizer, its background schedule, the workload estimate. */
@ConfigMapping(prefix = "prepdeck.adaptive")
public interface AdaptiveConfig {

    /** Adam steps per optimization (each a pass over the review log per weight). */
    @WithName("optimizer-steps")
    @WithDefault("150")
    int optimizerSteps();

    /** Most recent reviews one learner's optimization reads. */
    @WithName("max-reviews")
    @WithDefault("20000")
    int maxReviews();

    /** Most recent reviews, across all learners, the cohort's optimization reads. */
    @WithName("cohort-max-reviews")
    @WithDefault("20000")
    int cohortMaxReviews();

    /** How long one instance may hold the optimizer lock before another may take it over. */
    @WithName("lock-lease")
    @WithDefault("PT10M")
    Duration lockLease();

    /** Days the workload estimate on the settings page simulates. */
    @WithName("workload-days")
    @WithDefault("60")
    int workloadDays();

    /** The background optimization. */
    Background background();

    /** Background optimization: bounded, one learner after another, one instance at a time. */
    interface Background {

        /** Whether instances optimize in the background at all. */
        @WithDefault("true")
        boolean enabled();

        /** How often a background run starts (Quarkus scheduler syntax, e.g. {@code 6h}). */
        @WithDefault("6h")
        String every();

        /** Learners optimized at most per run. */
        @WithName("learners-per-run")
        @WithDefault("3")
        int learnersPerRun();

        /** New reviews since the last run before a learner is optimized again. */
        @WithName("min-new-reviews")
        @WithDefault("100")
        int minNewReviews();
    }
}
