package dev.prepdeck.study.adaptive;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** FSRS weights fitted for one learner or for the cohort, with the log loss and RMSE of the latest run. */
@Entity
@Table(name = "fsrs_parameters")
public class FsrsParameters extends PanacheEntityBase {

    public static final String COHORT = "cohort";

    @Id
    public String scope;
    @Column(name = "user_id")
    public Long userId;
    /** Comma-separated weights in use; null until a run found better ones than the defaults. */
    public String weights;
    @Column(name = "optimized_at")
    public Instant optimizedAt;
    /** Labelled reviews the latest run trained on. */
    public int reviews;
    @Column(name = "held_out_reviews")
    public int heldOutReviews;
    @Column(name = "log_loss_before")
    public Double logLossBefore;
    @Column(name = "log_loss_after")
    public Double logLossAfter;
    @Column(name = "rmse_before")
    public Double rmseBefore;
    @Column(name = "rmse_after")
    public Double rmseAfter;
    /** Whether the latest run replaced the weights. */
    public boolean accepted;

    public static String scopeOf(long userId) {
        return "user:" + userId;
    }

    public static FsrsParameters ofUser(long userId) {
        return findById(scopeOf(userId));
    }

    public static FsrsParameters cohort() {
        return findById(COHORT);
    }

    /** The weights in use, or null. */
    public double[] vector() {
        return weights == null ? null : Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    public void setVector(double[] w) {
        weights = Arrays.stream(w).mapToObj(Double::toString).collect(Collectors.joining(","));
    }
}
