-- The text of every content file as it is live on the site: the file's own text when it imported without
-- problems, or the earlier text that stays live while the file on disk has problems. Live reload falls back to it,
-- and the Markdown export downloads it, so exporting and importing again gives the very same cards.
CREATE TABLE content_source (
    file          VARCHAR(500) NOT NULL,
    text          TEXT NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_content_source PRIMARY KEY (file)
);
