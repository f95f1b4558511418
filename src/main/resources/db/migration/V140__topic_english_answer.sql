-- The English model answer (sanitised HTML); NULL when the topic file gives none, so English mode shows the Korean one.
ALTER TABLE topic ADD COLUMN body_html_en TEXT;
