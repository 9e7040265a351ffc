-- The vocabulary of the search index, for prefix search: «газифик*» becomes an OR of the few terms
-- that start so («газификац» …), which FTS5 walks newest first and stops early, instead of a prefix
-- query, whose whole doclist FTS5 builds in memory first (65 ms on a million articles).
-- Kept by oqy_search_text() as it indexes (database.cpp); terms of removed articles stay (harmless:
-- they match nothing).
CREATE TABLE search_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.oqy_search_vocabulary USING fts5vocab(main, article_search, row);
INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.oqy_search_vocabulary;
DROP TABLE temp.oqy_search_vocabulary;
