-- The siblings a grade buried and when each was buried until before, so undoing the grade hands them back.
ALTER TABLE review_log ADD COLUMN siblings_buried VARCHAR(8000);
