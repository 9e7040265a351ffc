#pragma once

#include "core/article.h"
#include "core/region.h"

#include <QList>
#include <optional>

namespace oqy {

class Database;

// An article as the reader pane and `oqy-cli show` need it: body, state, feed and regions.
struct StoredArticle
{
    Article article;
    ArticleStatus status;
    QString feedTitle;
    QList<RegionTag> regions;
    bool leadImageCached = false;
    QString bodySource; // "feed" or "page"
    bool complete = true; // false: the page body is probably only part of the article
};

// Articles, their bodies and their reader state (tables articles, article_bodies, statuses).
class ArticleStore
{
public:
    struct SaveResult
    {
        QList<qint64> newIds;
        int updated = 0;
    };

    explicit ArticleStore(Database &db)
        : m_db(db)
    { }

    // Stores a feed's items: new ones are inserted (unread), known ones (same guid) get the feed's
    // newer title and link but keep their reader state and any body extracted from the page.
    // `receivedAt` (now when invalid) is when Oqy got them: retention counts their age from it.
    SaveResult saveFromFeed(
        qint64 feedId, const QList<Article> &items, const QDateTime &receivedAt = {});

    // Stores the body extracted from the article's own page (html, text, language, lead photo,
    // pull quotes; the author when the feed named none). It replaces the feed's body and is never
    // replaced by it. `complete` false marks a body the extractor doubts (little text found).
    // False when the article no longer exists.
    bool savePageBody(qint64 id, const Article &page, bool complete = true);

    // The article's page could not be fetched or read: the feed's body stays; not tried again.
    void recordPageFailure(qint64 id, const QString &error);

    // Articles whose own page Oqy still has to fetch for offline reading, newest first.
    struct PageToFetch
    {
        qint64 id = 0;
        QString url;
    };
    QList<PageToFetch> pendingPages(int limit);

    // True when a feed item carries what looks like the whole article (so its page need not be
    // fetched): enough text, or an item without a web link to fetch.
    static bool feedGaveFullText(const Article &item);

    std::optional<StoredArticle> load(qint64 id);
    bool exists(qint64 id);
    ArticleStatus status(qint64 id);
    void setRead(const QList<qint64> &ids, bool read);
    void setBookmarked(qint64 id, bool bookmarked, const QString &note = {});
    // Keeps `note` with the article's bookmark (bookmarking it if it was not).
    void setNote(qint64 id, const QString &note);

private:
    qint64 insert(qint64 feedId, const Article &item, qint64 now);
    bool update(qint64 id, const Article &item);
    void writeBody(qint64 id, const Article &item, bool replace);
    // Registers the article's photos (lead and inline) with the image cache.
    void recordImages(qint64 id, const Article &item);
    void writeRegions(qint64 id, const QList<RegionTag> &tags);

    Database &m_db;
};

} // namespace oqy
