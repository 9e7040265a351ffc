-- Accounts on a self-hosted aggregator (Tiny Tiny RSS) that Oqy syncs with: subscriptions, read
-- and bookmark (star) state both ways. The password lives in the system keychain under secret_id.
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('ttrss')),
    url         TEXT NOT NULL CHECK (url <> ''),
    user        TEXT NOT NULL,
    secret_id   TEXT,
    added_at    INTEGER NOT NULL,
    last_sync   INTEGER,
    last_error  TEXT NOT NULL DEFAULT '',
    -- the highest server article id already received: the next sync asks for newer ones only
    last_remote_article INTEGER NOT NULL DEFAULT 0,
    UNIQUE (url, user)
);

-- A feed of an account: its articles come from the server (Oqy still fetches their pages and
-- photos itself); remote_id is the server's feed id, NULL until a subscription made in Oqy has
-- been sent to the server.
ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE;
ALTER TABLE feeds ADD COLUMN remote_id INTEGER;
CREATE UNIQUE INDEX feeds_by_remote ON feeds (account_id, remote_id) WHERE account_id IS NOT NULL;

-- Which server article an article is.
CREATE TABLE remote_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);

-- Changes made in Oqy, waiting for the next sync (kept while the server is down): the newest
-- value of each field of each article, with when it was made.
CREATE TABLE sync_changes (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  INTEGER NOT NULL,
    field      TEXT NOT NULL CHECK (field IN ('read', 'bookmarked')),
    value      INTEGER NOT NULL CHECK (value IN (0, 1)),
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, remote_id, field)
) WITHOUT ROWID;

-- Subscriptions of an account removed in Oqy, to be removed on the server too.
CREATE TABLE sync_unsubscribed (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id  INTEGER NOT NULL,
    PRIMARY KEY (account_id, remote_id)
) WITHOUT ROWID;

-- Every change of state is queued here, whichever part of Oqy made it (window, oqy-cli), except
-- while a sync writes what the server says (oqy_sync_records() is false on that connection).
CREATE TRIGGER sync_read_changed AFTER UPDATE OF read ON statuses
WHEN NEW.read IS NOT OLD.read AND oqy_sync_records()
BEGIN
    INSERT INTO sync_changes (account_id, remote_id, field, value, changed_at)
    SELECT account_id, remote_id, 'read', NEW.read, NEW.changed_at
    FROM remote_articles WHERE article_id = NEW.article_id
    ON CONFLICT (account_id, remote_id, field)
        DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at;
END;

CREATE TRIGGER sync_bookmark_changed AFTER UPDATE OF bookmarked ON statuses
WHEN NEW.bookmarked IS NOT OLD.bookmarked AND oqy_sync_records()
BEGIN
    INSERT INTO sync_changes (account_id, remote_id, field, value, changed_at)
    SELECT account_id, remote_id, 'bookmarked', NEW.bookmarked, NEW.changed_at
    FROM remote_articles WHERE article_id = NEW.article_id
    ON CONFLICT (account_id, remote_id, field)
        DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at;
END;

CREATE TRIGGER sync_feed_removed AFTER DELETE ON feeds
WHEN OLD.account_id IS NOT NULL AND OLD.remote_id IS NOT NULL AND oqy_sync_records()
BEGIN
    INSERT OR IGNORE INTO sync_unsubscribed (account_id, remote_id) VALUES (OLD.account_id, OLD.remote_id);
END;
