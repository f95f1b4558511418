-- The study queue's "next new cards" query lists a learner's unstudied active cards in content order and keeps
-- the first few. This index holds everything that query reads from card, so PostgreSQL answers it with an
-- index-only scan instead of reading every card's row with its rendered view (measured by bench/run.sh).
CREATE INDEX ix_card_content_order ON card (retired, topic_id, position, id);
