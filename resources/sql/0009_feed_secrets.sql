-- A feed behind a login: the id of its entry in the system keychain (secrets/secretstore.h). The
-- secret itself is never in this file; NULL for feeds that need none.
ALTER TABLE feeds ADD COLUMN secret_id TEXT;
