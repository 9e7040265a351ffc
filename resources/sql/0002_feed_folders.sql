-- Folders for subscriptions (OPML import/export, the outlet tree). '' means no folder; nested
-- folders are written as a path with " / " between the levels.
ALTER TABLE feeds ADD COLUMN folder TEXT NOT NULL DEFAULT '';
