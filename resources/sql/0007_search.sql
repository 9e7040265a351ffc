-- Full-text search. The index holds each article's words folded and stemmed (SQL function
-- oqy_search_text, app/storage/searchtext.h), so «Караганде», «Қарағандыда» and «Qaraǵandy» all find
-- Karaganda; the triggers keep it in step with every insert, update and delete. rowid = articles.id.
CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, outlet, byline,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER article_search_body_insert AFTER INSERT ON article_bodies BEGIN
    DELETE FROM article_search WHERE rowid = new.article_id;
    INSERT INTO article_search (rowid, title, body, outlet, byline)
        SELECT a.id, oqy_search_text(a.title), oqy_search_text(new.text),
               oqy_search_text(coalesce(nullif(f.title, ''), f.url)), oqy_search_text(a.author)
        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = new.article_id;
END;

CREATE TRIGGER article_search_body_update AFTER UPDATE OF text ON article_bodies
WHEN new.text IS NOT old.text BEGIN
    DELETE FROM article_search WHERE rowid = new.article_id;
    INSERT INTO article_search (rowid, title, body, outlet, byline)
        SELECT a.id, oqy_search_text(a.title), oqy_search_text(new.text),
               oqy_search_text(coalesce(nullif(f.title, ''), f.url)), oqy_search_text(a.author)
        FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = new.article_id;
END;

CREATE TRIGGER article_search_article_update AFTER UPDATE OF title, author ON articles
WHEN new.title IS NOT old.title OR new.author IS NOT old.author BEGIN
    DELETE FROM article_search WHERE rowid = new.id;
    INSERT INTO article_search (rowid, title, body, outlet, byline)
        SELECT a.id, oqy_search_text(a.title), oqy_search_text(coalesce(b.text, '')),
               oqy_search_text(coalesce(nullif(f.title, ''), f.url)), oqy_search_text(a.author)
        FROM articles a JOIN feeds f ON f.id = a.feed_id
        LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id = new.id;
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_search WHERE rowid = old.id;
END;

INSERT INTO article_search (rowid, title, body, outlet, byline)
    SELECT a.id, oqy_search_text(a.title), oqy_search_text(coalesce(b.text, '')),
           oqy_search_text(coalesce(nullif(f.title, ''), f.url)), oqy_search_text(a.author)
    FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN article_bodies b ON b.article_id = a.id;
