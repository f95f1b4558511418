-- Every content import counts up content_version, so each instance can tell cheaply that the cards it keeps in
-- memory are out of date, whichever instance imported. folder_fingerprint is a hash of the folder that was last
-- imported, so an instance starting with the same folder can skip parsing and comparing it again.
ALTER TABLE content_import_lock ADD COLUMN content_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE content_import_lock ADD COLUMN folder_fingerprint VARCHAR(64);
