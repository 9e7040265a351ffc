-- Whether a body extracted from the article page is probably the whole article (0 when the
-- extractor found little: the reader pane then says so and offers the original).
ALTER TABLE article_bodies ADD COLUMN complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1));
