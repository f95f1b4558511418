package dev.prepdeck.study.adaptive;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.study.fsrs.DayClock;
import dev.prepdeck.study.fsrs.FsrsOptimizer;
import dev.prepdeck.study.fsrs.FsrsWeights;
import dev.prepdeck.study.fsrs.PastReview;
import dev.prepdeck.study.review.ReviewLog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Fits FSRS weights from the review log: per learner (pulled towards the cohort's weights, which matters most
 * for learners with few reviews) and for the cohort. Runs one at a time across instances (a lease in
 * {@code job_lock}); reading and writing are short transactions, the fitting itself holds none.
 */
@ApplicationScoped
public class OptimizerService {

    private static final Logger LOG = Logger.getLogger(OptimizerService.class);

    /** One optimization as the settings page reports it; {@code busy} if another run held the lock. */
    public record Outcome(boolean busy, FsrsOptimizer.Result result) {
    }

    private final String instance = UUID.randomUUID().toString();

    @Inject
    AdaptiveConfig config;

    /** The weights a learner is scheduled with: their own fit, else the cohort's, else the defaults. */
    public double[] weightsFor(long userId) {
        FsrsParameters own = FsrsParameters.ofUser(userId);
        if (own != null && own.weights != null) {
            return own.vector();
        }
        return cohortWeights();
    }

    private double[] cohortWeights() {
        FsrsParameters cohort = FsrsParameters.cohort();
        return cohort != null && cohort.weights != null ? cohort.vector() : FsrsWeights.defaults();
    }

    /** Optimizes one learner now, unless another optimization is running. */
    public Outcome optimizeLearner(long userId) {
        return locked(() -> fitLearner(userId));
    }

    /** Optimizes the cohort's weights now, unless another optimization is running. */
    public Outcome optimizeCohort() {
        return locked(this::fitCohort);
    }

    /**
     * One bounded background run: the cohort, then up to {@code learners-per-run} learners with enough new
     * reviews since their last run. False if another instance was busy.
     */
    public boolean backgroundRun() {
        Outcome outcome = locked(() -> {
            FsrsOptimizer.Result cohort = fitCohort();
            for (long userId : dueLearners()) {
                fitLearner(userId);
            }
            return cohort;
        });
        return !outcome.busy();
    }

    private interface Fit {
        FsrsOptimizer.Result run();
    }

    private Outcome locked(Fit fit) {
        String owner = instance + "/" + Thread.currentThread().getName();
        boolean got = QuarkusTransaction.requiringNew().call(() -> JobLock.tryAcquire(JobLock.OPTIMIZER, owner,
                Instant.now(), config.lockLease()));
        if (!got) {
            return new Outcome(true, null);
        }
        try {
            return new Outcome(false, fit.run());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> JobLock.release(JobLock.OPTIMIZER, owner, Instant.now()));
        }
    }

    private FsrsOptimizer.Result fitLearner(long userId) {
        record Input(List<List<PastReview>> log, double[] current, double[] prior, int relearning) {
        }
        Input in = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findById(userId);
            DayClock clock = new DayClock(zoneOf(user), user.settings.dayRolloverHour);
            List<Object[]> rows = ReviewLog.forTraining(userId, config.maxReviews());
            return new Input(histories(rows, id -> clock), weightsFor(userId), cohortWeights(),
                    Math.max(1, user.settings.relearningStepDurations().size()));
        });
        FsrsOptimizer.Result result = optimizer(in.relearning()).optimize(in.log(), in.current(), in.prior());
        save(FsrsParameters.scopeOf(userId), userId, result);
        return result;
    }

    private FsrsOptimizer.Result fitCohort() {
        record Input(List<List<PastReview>> log, double[] current) {
        }
        Input in = QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, DayClock> clocks = new HashMap<>();
            List<Object[]> rows = ReviewLog.forTraining(null, config.cohortMaxReviews());
            return new Input(histories(rows, id -> clocks.computeIfAbsent(id, this::clockOf)), cohortWeights());
        });
        FsrsOptimizer.Result result = optimizer(1).optimize(in.log(), in.current(), FsrsWeights.defaults());
        save(FsrsParameters.COHORT, null, result);
        return result;
    }

    private FsrsOptimizer optimizer(int relearningSteps) {
        FsrsOptimizer.Settings d = FsrsOptimizer.Settings.defaults();
        return new FsrsOptimizer(new FsrsOptimizer.Settings(config.optimizerSteps(), d.learningRate(), d.gamma(),
                d.heldOutShare(), relearningSteps, true));
    }

    private void save(String scope, Long userId, FsrsOptimizer.Result result) {
        QuarkusTransaction.requiringNew().run(() -> {
            FsrsParameters row = FsrsParameters.findById(scope);
            if (row == null) {
                row = new FsrsParameters();
                row.scope = scope;
                row.userId = userId;
                row.persist();
            }
            row.optimizedAt = Instant.now();
            row.reviews = result.trainingReviews();
            row.heldOutReviews = result.before().reviews();
            row.logLossBefore = finite(result.before().logLoss());
            row.logLossAfter = finite(result.after().logLoss());
            row.rmseBefore = finite(result.before().rmse());
            row.rmseAfter = finite(result.after().rmse());
            row.accepted = result.improved();
            if (result.improved()) {
                row.setVector(result.chosen());
            }
        });
        LOG.infof("FSRS optimization of %s: %d reviews, held-out log loss %.4f -> %.4f, %s", scope,
                result.trainingReviews(), result.before().logLoss(), result.after().logLoss(),
                result.improved() ? "new weights" : "weights kept");
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private List<Long> dueLearners() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> due = new ArrayList<>();
            for (Object[] row : ReviewLog.reviewCountsByUser()) {
                long userId = ((Number) row[0]).longValue();
                long count = ((Number) row[1]).longValue();
                FsrsParameters last = FsrsParameters.ofUser(userId);
                long seen = last == null ? 0 : last.reviews + last.heldOutReviews;
                if (count - seen >= config.background().minNewReviews()) {
                    due.add(userId);
                }
                if (due.size() >= config.background().learnersPerRun()) {
                    break;
                }
            }
            return due;
        });
    }

    private DayClock clockOf(long userId) {
        AppUser user = AppUser.findById(userId);
        return user == null ? DayClock.of(ZoneId.of("UTC")) : new DayClock(zoneOf(user), user.settings.dayRolloverHour);
    }

    private static ZoneId zoneOf(AppUser user) {
        try {
            return user.settings.zoneId();
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private interface Clocks {
        DayClock of(long userId);
    }

    /**
     * Review-log rows (user, card, time, rating, state before), ordered by learner, card and time, as one
     * history per card. A history starts at a grade of a New card; earlier rows of that card are skipped.
     */
    static List<List<PastReview>> histories(List<Object[]> rows, Clocks clocks) {
        List<List<PastReview>> out = new ArrayList<>();
        List<PastReview> current = null;
        Object lastKey = null;
        Instant previous = null;
        for (Object[] row : rows) {
            long userId = ((Number) row[0]).longValue();
            String key = userId + "/" + row[1];
            Instant at = (Instant) row[2];
            int rating = ((Number) row[3]).intValue();
            boolean fresh = ((Number) row[4]).intValue() == 0;
            if (!key.equals(lastKey)) {
                current = null;
                lastKey = key;
            }
            if (fresh) {
                current = new ArrayList<>();
                out.add(current);
                current.add(new PastReview(at.toEpochMilli(), 0, rating));
            } else if (current != null) {
                int days = Math.max(0, clocks.of(userId).elapsedDays(previous, at));
                current.add(new PastReview(at.toEpochMilli(), days, rating));
            }
            previous = at;
        }
        out.removeIf(h -> h.size() < 2);
        return out;
    }
}
