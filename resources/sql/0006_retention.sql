-- Articles removed by retention, remembered by their identity in the feed so that the next refresh
-- does not bring them back as new while the feed still lists them. Kept 180 days after removal.
CREATE TABLE retired_articles (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid       TEXT NOT NULL,
    retired_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;
