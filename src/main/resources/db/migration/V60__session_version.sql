-- Sessions are stateless cookies; each one names the version of its account's sessions. Raising the version
-- (logout, password or role change) makes every cookie issued before it stop working.
ALTER TABLE app_user ADD COLUMN session_version INTEGER DEFAULT 0 NOT NULL;
