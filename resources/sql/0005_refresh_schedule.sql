-- Per-feed refresh schedule. refresh_minutes: this feed's own interval (NULL: the reader's default
-- setting). retry_after: the time a server asked Oqy to wait for (429/503 Retry-After); no request
-- goes to the feed before it, not even on a manual refresh. next_attempt (from 0001) is when an
-- automatic refresh next takes the feed: interval after a success, exponential back-off after failures.
ALTER TABLE feeds ADD COLUMN refresh_minutes INTEGER CHECK (refresh_minutes IS NULL OR refresh_minutes > 0);
ALTER TABLE feeds ADD COLUMN retry_after INTEGER;
