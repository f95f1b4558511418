-- pgbench script: the SQL one grade sends (POST /api/study/cards/{id}/grade on a card the user has studied),
-- statement by statement as the app's log shows them with quarkus.hibernate-orm.log.sql=true, on a random seeded
-- user and one of that user's cards. Run as: pgbench -n -M prepared -f bench/grade.sql
\set u random(1, 10000)
\set s random(1, 25)
\set c (7 * :u + 79 * :s) % 2000
\set k random(1, 1000000000000)
BEGIN;
-- the session's identity: the user with settings (accounts), read once per request
SELECT id, created_at, password_hash, role, day_rollover_hour, desired_retention, learning_steps, new_cards_per_day, relearning_steps, reviews_per_day, time_zone, ui_language, username FROM app_user WHERE username = 'bench' || lpad(:u::text, 5, '0') FETCH FIRST 1 ROWS ONLY;
-- the card's note and parent (is it active?), then the user's state of it, locked
SELECT note_id, follows FROM card WHERE id = 'bc' || lpad(:c::text, 4, '0') AND retired = false;
SELECT card_id, user_id, buried_until, difficulty, due, elapsed_days, flagged, flagged_at, lapses, last_review, learning_step, leech, reps, scheduled_days, stability, state, suspended, version FROM card_state WHERE (card_id, user_id) IN (('bc' || lpad(:c::text, 4, '0'), 1000000 + :u)) FOR NO KEY UPDATE;
-- a grade with this idempotency key already recorded?
SELECT id, answer_ms, card_id, difficulty_after, difficulty_before, due_after, due_before, elapsed_days, elapsed_days_before, idempotency_key, lapses_after, lapses_before, last_review_before, learning_step_after, learning_step_before, leech_after, leech_before, rating, reps_before, retrievability, reviewed_at, scheduled_days, scheduled_days_before, stability_after, stability_before, state_after, state_before, suspended_before, undone_at, user_id, version_after FROM review_log WHERE user_id = 1000000 + :u AND idempotency_key = md5(:k::text)::uuid::text FETCH FIRST 1 ROWS ONLY;
-- the review, siblings to bury, the new state
INSERT INTO review_log (answer_ms, card_id, difficulty_after, difficulty_before, due_after, due_before, elapsed_days, elapsed_days_before, idempotency_key, lapses_after, lapses_before, last_review_before, learning_step_after, learning_step_before, leech_after, leech_before, rating, reps_before, retrievability, reviewed_at, scheduled_days, scheduled_days_before, stability_after, stability_before, state_after, state_before, suspended_before, undone_at, user_id, version_after) VALUES (2400, 'bc' || lpad(:c::text, 4, '0'), 5.1, 5.0, now() + interval '30 days', now() - interval '1 day', 21, 20, md5(:k::text)::uuid::text, 0, 0, now() - interval '21 days', 0, 0, false, false, 3, 4, 0.89, now(), 30, 20, 31.5, 25.0, 2, 2, false, NULL, 1000000 + :u, 5) RETURNING id;
SELECT id FROM card WHERE retired = false AND id <> 'bc' || lpad(:c::text, 4, '0') AND (note_id = 'bc' || lpad(:c::text, 4, '0') OR follows = 'bc' || lpad(:c::text, 4, '0') OR id = 'bc' || lpad(:c::text, 4, '0')) ORDER BY id;
UPDATE card_state SET buried_until = NULL, difficulty = 5.1, due = now() + interval '30 days', elapsed_days = 21, flagged = false, flagged_at = NULL, lapses = 0, last_review = now(), learning_step = 0, leech = false, reps = reps + 1, scheduled_days = 30, stability = 31.5, state = 2, suspended = false, version = version + 1 WHERE card_id = 'bc' || lpad(:c::text, 4, '0') AND user_id = 1000000 + :u;
COMMIT;
