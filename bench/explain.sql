-- The study flow's queries with EXPLAIN ANALYZE on a seeded user, as the app's log shows them (Hibernate SQL for
-- GET /api/study/due?limit=1 and POST .../grade), plus the once-a-minute active-users count and the export's
-- per-user reads. psql variables: uid (a seeded user's id), card (one of that user's cards).
\set ON_ERROR_STOP on
\pset pager off
SET enable_seqscan = on;

\echo '### due: the day''s counts of new cards and reviews already done'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT sum(CASE WHEN rl.state_before = 0 THEN 1 ELSE 0 END), sum(CASE WHEN rl.state_before = 2 THEN 1 ELSE 0 END)
FROM review_log rl WHERE rl.user_id = :uid AND rl.reviewed_at >= now() - interval '10 hours' AND rl.undone_at IS NULL;

\echo '### due: counts of learning and review cards due'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT sum(CASE WHEN cp.state <> 2 AND cp.due <= now() THEN 1 ELSE 0 END), sum(CASE WHEN cp.state = 2 THEN 1 ELSE 0 END)
FROM card_state cp, card c
WHERE c.id = cp.card_id AND cp.user_id = :uid AND cp.due < now() + interval '14 hours' AND cp.state > 0
  AND cp.suspended = false AND (cp.buried_until IS NULL OR cp.buried_until <= now()) AND c.retired = false;

\echo '### due: the next new cards'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT c.id FROM card c, topic t
WHERE t.id = c.topic_id AND c.retired = false
  AND NOT EXISTS (SELECT 1 FROM card_state cp WHERE cp.user_id = :uid AND cp.card_id = c.id
                  AND (cp.state > 0 OR cp.suspended = true OR cp.buried_until > now()))
ORDER BY t.sort_order, c.topic_id, c.position, c.id FETCH FIRST 20 ROWS ONLY;

\echo '### due: the next learning and review cards'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT cp.* FROM card_state cp, card c
WHERE c.id = cp.card_id AND cp.user_id = :uid AND cp.due < now() + interval '14 hours' AND cp.state > 0
  AND (cp.scheduled_days > 0 OR cp.due <= now()) AND cp.suspended = false
  AND (cp.buried_until IS NULL OR cp.buried_until <= now()) AND c.retired = false
ORDER BY CASE WHEN cp.state = 2 THEN 1 ELSE 0 END, cp.due, cp.card_id FETCH FIRST 1 ROWS ONLY;

\echo '### every request: the user behind the session'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT * FROM app_user WHERE username = (SELECT username FROM app_user WHERE id = :uid);

\echo '### grade: the card state, locked'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT * FROM card_state WHERE (card_id, user_id) IN ((:'card', :uid)) FOR NO KEY UPDATE;

\echo '### grade: an earlier grade with the same idempotency key'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT * FROM review_log WHERE user_id = :uid AND idempotency_key = '00000000-0000-4000-8000-000000000000' FETCH FIRST 1 ROWS ONLY;

\echo '### grade: siblings to bury'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id FROM card WHERE retired = false AND id <> :'card' AND (note_id = :'card' OR follows = :'card' OR id = :'card') ORDER BY id;

\echo '=== not on the study flow: background and admin queries'

\echo '### metrics: learners active in the last 24 hours (once a minute per instance)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT count(u.id) FROM app_user u WHERE EXISTS (SELECT 1 FROM review_log r WHERE r.user_id = u.id
  AND r.reviewed_at >= now() - interval '24 hours' AND r.undone_at IS NULL);

\echo '### export: one user''s reviews'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT * FROM review_log WHERE user_id = :uid ORDER BY reviewed_at, idempotency_key;
