-- Oqy schema, version 1.
-- Times are Unix seconds (UTC). Hot reader state (statuses) lives apart from article bodies so that
-- marking an article read never rewrites its text.

CREATE TABLE regions (
    slug    TEXT PRIMARY KEY,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO regions (slug, name_ru, name_kk, name_en) VALUES
    ('abai',             'Абайская область',               'Абай облысы',               'Abai Region'),
    ('akmola',           'Акмолинская область',            'Ақмола облысы',             'Akmola Region'),
    ('aktobe',           'Актюбинская область',            'Ақтөбе облысы',             'Aktobe Region'),
    ('almaty_region',    'Алматинская область',            'Алматы облысы',             'Almaty Region'),
    ('atyrau',           'Атырауская область',             'Атырау облысы',             'Atyrau Region'),
    ('east_kazakhstan',  'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы',    'East Kazakhstan Region'),
    ('zhambyl',          'Жамбылская область',             'Жамбыл облысы',             'Zhambyl Region'),
    ('zhetisu',          'Жетысуская область',             'Жетісу облысы',             'Zhetisu Region'),
    ('west_kazakhstan',  'Западно-Казахстанская область',  'Батыс Қазақстан облысы',    'West Kazakhstan Region'),
    ('karaganda',        'Карагандинская область',         'Қарағанды облысы',          'Karaganda Region'),
    ('kostanay',         'Костанайская область',           'Қостанай облысы',           'Kostanay Region'),
    ('kyzylorda',        'Кызылординская область',         'Қызылорда облысы',          'Kyzylorda Region'),
    ('mangystau',        'Мангистауская область',          'Маңғыстау облысы',          'Mangystau Region'),
    ('pavlodar',         'Павлодарская область',           'Павлодар облысы',           'Pavlodar Region'),
    ('north_kazakhstan', 'Северо-Казахстанская область',   'Солтүстік Қазақстан облысы', 'North Kazakhstan Region'),
    ('turkistan',        'Туркестанская область',          'Түркістан облысы',          'Turkistan Region'),
    ('ulytau',           'Улытауская область',             'Ұлытау облысы',             'Ulytau Region'),
    ('astana',           'Астана',                         'Астана',                    'Astana'),
    ('almaty_city',      'Алматы',                         'Алматы',                    'Almaty'),
    ('shymkent',         'Шымкент',                        'Шымкент',                   'Shymkent');

CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    site        TEXT NOT NULL DEFAULT '',
    home_region TEXT REFERENCES regions(slug),
    languages   TEXT NOT NULL DEFAULT ''   -- comma-separated ISO codes: "ru,kk"
);

CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    outlet_id     INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
    -- 'newslist': an outlet's HTML list page, for outlets that publish no feed
    kind          TEXT NOT NULL DEFAULT 'feed' CHECK (kind IN ('feed', 'newslist')),
    url           TEXT NOT NULL UNIQUE CHECK (url <> ''),
    title         TEXT NOT NULL DEFAULT '',
    site_url      TEXT NOT NULL DEFAULT '',
    added_at      INTEGER NOT NULL,
    -- conditional GET: validators sent back so that an unchanged feed costs a 304, and a hash of
    -- the last body for servers that send no validators
    etag          TEXT,
    last_modified TEXT,
    body_hash     BLOB,
    last_attempt  INTEGER,
    last_success  INTEGER,
    last_error    TEXT NOT NULL DEFAULT '',
    next_attempt  INTEGER,
    failure_count INTEGER NOT NULL DEFAULT 0 CHECK (failure_count >= 0)
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid       TEXT NOT NULL,                 -- identity within the feed: guid/id, else the link
    url        TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    -- the feed's date, or the time Oqy first saw the item when the feed gives none: never NULL,
    -- so that the list has one total order and pages by (published, id)
    published  INTEGER NOT NULL,
    updated    INTEGER,
    fetched_at INTEGER NOT NULL,
    UNIQUE (feed_id, guid)
);
CREATE INDEX articles_by_time ON articles (published DESC, id DESC);
CREATE INDEX articles_by_feed ON articles (feed_id, published DESC, id DESC);

CREATE TABLE article_bodies (
    article_id         INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    summary            TEXT NOT NULL DEFAULT '',
    html               TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT '',
    lead_image_url     TEXT NOT NULL DEFAULT '',
    lead_image_caption TEXT NOT NULL DEFAULT '',
    lead_image_credit  TEXT NOT NULL DEFAULT '',
    pull_quotes        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pull_quotes)),
    categories         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    -- where the body came from: the feed itself, or the article page fetched and extracted
    source             TEXT NOT NULL DEFAULT 'feed' CHECK (source IN ('feed', 'page'))
);

CREATE TABLE statuses (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read          INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    bookmarked    INTEGER NOT NULL DEFAULT 0 CHECK (bookmarked IN (0, 1)),
    bookmarked_at INTEGER,
    note          TEXT NOT NULL DEFAULT '',
    changed_at    INTEGER NOT NULL
);
CREATE INDEX statuses_unread ON statuses (article_id) WHERE read = 0;
CREATE INDEX statuses_bookmarked ON statuses (bookmarked_at DESC) WHERE bookmarked = 1;

CREATE TABLE article_regions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    region      TEXT NOT NULL REFERENCES regions(slug),
    -- copy of articles.published so that a region's newest articles come from the index alone
    published   INTEGER NOT NULL,
    evidence    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
    -- 1 when the text named no region and the outlet's home region was used instead
    from_outlet INTEGER NOT NULL DEFAULT 0 CHECK (from_outlet IN (0, 1)),
    PRIMARY KEY (article_id, region)
) WITHOUT ROWID;
CREATE INDEX article_regions_by_region ON article_regions (region, published DESC, article_id DESC);

-- Images are files named by their content hash (images/ab/abcdef…); this table maps the URLs an
-- article refers to onto those files, so one photo used by many articles is stored once.
CREATE TABLE images (
    url        TEXT PRIMARY KEY,
    sha256     TEXT,                -- hex; NULL until downloaded
    mime       TEXT NOT NULL DEFAULT '',
    bytes      INTEGER NOT NULL DEFAULT 0 CHECK (bytes >= 0),
    width      INTEGER,
    height     INTEGER,
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'stored', 'failed')),
    error      TEXT NOT NULL DEFAULT '',
    fetched_at INTEGER
) WITHOUT ROWID;
CREATE INDEX images_by_hash ON images (sha256) WHERE sha256 IS NOT NULL;

CREATE TABLE article_images (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT 'inline' CHECK (role IN ('lead', 'inline')),
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX article_images_by_url ON article_images (url);
