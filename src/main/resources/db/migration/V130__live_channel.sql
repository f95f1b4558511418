-- Live channels: one row per channel that has changed, with a version that grows by one on every change.
-- The version is the SSE event id, so a screen that reconnects with Last-Event-ID is told the current state, and an
-- instance whose PostgreSQL listener reconnected finds the channels that changed while it was away.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE live_channel (
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_live_channel PRIMARY KEY (name),
    CONSTRAINT ck_live_channel_version CHECK (version >= 0)
);
