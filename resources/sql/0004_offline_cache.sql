-- The offline cache's work list. page_state: whether Oqy still has to fetch the article's own page
-- ('pending': the feed gave only a teaser), got it ('done'), gave up ('failed', with page_error), or
-- never needed it ('skipped': the feed carried the whole text). Images get an attempt counter so
-- that a broken one is not fetched again on every refresh.
ALTER TABLE article_bodies ADD COLUMN page_state TEXT NOT NULL DEFAULT 'skipped'
    CHECK (page_state IN ('pending', 'done', 'failed', 'skipped'));
ALTER TABLE article_bodies ADD COLUMN page_error TEXT NOT NULL DEFAULT '';
CREATE INDEX article_bodies_pending_pages ON article_bodies (article_id) WHERE page_state = 'pending';
ALTER TABLE images ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
CREATE INDEX images_pending ON images (url) WHERE state = 'pending';
