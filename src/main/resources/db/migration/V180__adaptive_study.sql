-- Adaptive study: FSRS weights fitted per learner (and for the whole cohort), the lock that lets only one
-- instance optimize at a time, and interview dates. Portable between H2 (PostgreSQL mode) and PostgreSQL.
-- The review log already keeps what FSRS-7 needs: reviewed_at with milliseconds next to last_review_before
-- gives the exact fractional interval, and same-day reviews (steps) are logged like any other grade.

-- scope 'cohort' holds the weights fitted on every learner's reviews, 'user:<id>' one learner's. weights is
-- the comma-separated vector in use (null: not fitted yet); the other columns describe the latest run, also
-- when it kept the old weights because the new ones predicted the held-out reviews worse.
CREATE TABLE fsrs_parameters (
    scope              VARCHAR(40)      NOT NULL,
    user_id            BIGINT,
    weights            VARCHAR(600),
    optimized_at       TIMESTAMP WITH TIME ZONE,
    reviews            INTEGER          NOT NULL DEFAULT 0,
    held_out_reviews   INTEGER          NOT NULL DEFAULT 0,
    log_loss_before    DOUBLE PRECISION,
    log_loss_after     DOUBLE PRECISION,
    rmse_before        DOUBLE PRECISION,
    rmse_after         DOUBLE PRECISION,
    accepted           BOOLEAN          NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_fsrs_parameters PRIMARY KEY (scope),
    CONSTRAINT fk_fsrs_parameters_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- A lease per background job: an instance takes it with one conditional UPDATE (locked_until in the past),
-- so two instances never optimize at once, and a crashed holder's lease simply runs out.
CREATE TABLE job_lock (
    name          VARCHAR(40)  NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    owner         VARCHAR(80),
    CONSTRAINT pk_job_lock PRIMARY KEY (name)
);
INSERT INTO job_lock (name, locked_until, owner) VALUES ('fsrs-optimizer', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00', NULL);

-- A learner's interview: the date, the recall to reach on it, and the topics it covers (comma-separated ids,
-- empty for all topics).
CREATE TABLE interview_plan (
    user_id         BIGINT           NOT NULL,
    interview_date  DATE             NOT NULL,
    target          DOUBLE PRECISION NOT NULL,
    topics          VARCHAR(2000)    NOT NULL DEFAULT '',
    CONSTRAINT pk_interview_plan PRIMARY KEY (user_id),
    CONSTRAINT fk_interview_plan_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_interview_plan_target CHECK (target > 0 AND target < 1)
);
