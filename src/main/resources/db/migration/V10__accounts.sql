-- Accounts: users with their role and per-user study settings, and single-use invite codes.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id                BIGINT       NOT NULL,
    username          VARCHAR(32)  NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    role              VARCHAR(16)  NOT NULL DEFAULT 'candidate',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    desired_retention DOUBLE PRECISION NOT NULL DEFAULT 0.90,
    new_cards_per_day INTEGER      NOT NULL DEFAULT 20,
    reviews_per_day   INTEGER      NOT NULL DEFAULT 200,
    learning_steps    VARCHAR(100) NOT NULL DEFAULT '1m 10m',
    relearning_steps  VARCHAR(100) NOT NULL DEFAULT '10m',
    time_zone         VARCHAR(64)  NOT NULL DEFAULT 'Asia/Seoul',
    day_rollover_hour INTEGER      NOT NULL DEFAULT 4,
    ui_language       VARCHAR(8)   NOT NULL DEFAULT 'ko',
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    -- usernames are stored folded to lower case, which makes the unique key case-insensitive
    CONSTRAINT ck_app_user_username_lower CHECK (username = LOWER(username)),
    CONSTRAINT ck_app_user_role CHECK (role IN ('candidate', 'mentor', 'admin')),
    CONSTRAINT ck_app_user_retention CHECK (desired_retention >= 0.70 AND desired_retention <= 0.99),
    CONSTRAINT ck_app_user_new_cards CHECK (new_cards_per_day >= 0),
    CONSTRAINT ck_app_user_reviews CHECK (reviews_per_day >= 0),
    CONSTRAINT ck_app_user_rollover CHECK (day_rollover_hour >= 0 AND day_rollover_hour <= 23),
    CONSTRAINT ck_app_user_language CHECK (ui_language IN ('ko', 'en'))
);

CREATE SEQUENCE invite_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE invite (
    id          BIGINT      NOT NULL,
    code        VARCHAR(64) NOT NULL,
    role        VARCHAR(16) NOT NULL DEFAULT 'candidate',
    created_by  BIGINT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_by     BIGINT,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_invite PRIMARY KEY (id),
    CONSTRAINT uq_invite_code UNIQUE (code),
    CONSTRAINT ck_invite_role CHECK (role IN ('candidate', 'mentor', 'admin')),
    CONSTRAINT fk_invite_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_invite_used_by FOREIGN KEY (used_by) REFERENCES app_user (id) ON DELETE SET NULL
);

CREATE INDEX ix_invite_open ON invite (used_at, expires_at);
