package dev.prepdeck.study.adaptive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Starts a bounded background optimization now and then; the database lock keeps it to one instance. */
@ApplicationScoped
public class OptimizerJob {

    @Inject
    OptimizerService optimizer;

    @Inject
    AdaptiveConfig config;

    @Scheduled(identity = "fsrs-optimizer", every = "${prepdeck.adaptive.background.every:6h}",
            delayed = "${prepdeck.adaptive.background.every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.background().enabled()) {
            optimizer.backgroundRun();
        }
    }
}
