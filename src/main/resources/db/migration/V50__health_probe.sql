-- One row the readiness check updates: a server that cannot write this row cannot save a grade either.
CREATE TABLE health_probe (
    id         INTEGER   NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
