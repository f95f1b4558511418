-- Seeds the benchmark database after the app has migrated it and imported the generated topics
-- (cards bc0000 ... bc1999). psql variables: users, cards, slots (cards studied per user), per_slot (reviews per
-- studied card). Users are bench00001 ... with ids from 1000001, all with the admin's password hash, so the
-- benchmark logs in with the admin password. Rows follow the columns of V20__study.sql.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
BEGIN;

INSERT INTO app_user (id, username, password_hash, role, created_at)
SELECT 1000000 + u, 'bench' || lpad(u::text, 5, '0'),
       (SELECT password_hash FROM app_user WHERE username = 'admin'),
       'candidate', now() - interval '200 days'
FROM generate_series(1, :users) AS u;

-- Card of user u in slot s: (7u + 79s) mod cards, distinct for the slots of one user since 79 and cards are
-- coprime. About 40 % of the states are due now, one in ten is still in learning.
INSERT INTO card_state (user_id, card_id, state, due, stability, difficulty, elapsed_days, scheduled_days,
                        learning_step, reps, lapses, last_review, buried_until, suspended, flagged, flagged_at,
                        leech, version)
SELECT 1000000 + u,
       'bc' || lpad(((7 * u + 79 * s) % :cards)::text, 4, '0'),
       CASE WHEN s % 10 = 0 THEN 1 ELSE 2 END,
       CASE WHEN s % 10 = 0 THEN now() - interval '5 minutes'
            ELSE now() + make_interval(days => ((u + 13 * s) % 30) - 12, hours => s % 24) END,
       5.0 + (u + s) % 40, 3.0 + ((u * s) % 60) / 10.0,
       20, 25, 0, :per_slot, (u + s) % 3, now() - interval '20 days', NULL,
       s = 25 AND u % 50 = 0, s = 24 AND u % 40 = 0, CASE WHEN s = 24 AND u % 40 = 0 THEN now() END,
       FALSE, :per_slot
FROM generate_series(1, :users) AS u, generate_series(1, :slots) AS s;

-- per_slot reviews of every studied card, oldest first; the latest review of the first two slots is today.
INSERT INTO review_log (user_id, card_id, idempotency_key, rating, reviewed_at, answer_ms, elapsed_days,
                        scheduled_days, retrievability, state_before, due_before, stability_before,
                        difficulty_before, elapsed_days_before, scheduled_days_before, learning_step_before,
                        reps_before, lapses_before, last_review_before, suspended_before, leech_before,
                        state_after, due_after, stability_after, difficulty_after, learning_step_after,
                        lapses_after, leech_after, version_after, undone_at)
SELECT 1000000 + u,
       'bc' || lpad(((7 * u + 79 * s) % :cards)::text, 4, '0'),
       md5(u || ':' || s || ':' || r)::uuid::text,
       1 + (u + s + r) % 4,
       t.at,
       1500 + (u * r + s) % 9000,
       CASE WHEN r = 1 THEN 0 ELSE 20 END, 20,
       CASE WHEN r = 1 THEN NULL ELSE 0.9 END,
       CASE WHEN r = 1 THEN 0 ELSE 2 END, t.at, 4.0 * r, 5.0, 20, 20, 0, r - 1, 0,
       CASE WHEN r = 1 THEN NULL ELSE t.at - interval '20 days' END, FALSE, FALSE,
       2, t.at + interval '20 days', 4.0 * (r + 1), 5.0, 0, 0, FALSE, r, NULL
FROM generate_series(1, :users) AS u, generate_series(1, :slots) AS s, generate_series(1, :per_slot) AS r,
     LATERAL (SELECT CASE WHEN r = :per_slot AND s <= 2 THEN now() - make_interval(hours => s)
                          ELSE now() - make_interval(days => (:per_slot - r + 1) * 20 + s) END AS at) AS t;

COMMIT;
VACUUM ANALYZE app_user;
VACUUM ANALYZE card_state;
VACUUM ANALYZE review_log;
VACUUM ANALYZE card;
VACUUM ANALYZE topic;
