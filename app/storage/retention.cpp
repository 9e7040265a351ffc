#include "retention.h"

#include <limits>

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace oqy {

namespace {

constexpr qint64 RetiredKeptSeconds = 180 * 24 * 3600;

// Removes the given articles (never bookmarked ones, never those received since ?3), remembering
// them as retired so that a feed still carrying them does not bring them back.
template<class Parameter>
int removeArticles(Database &db, const char *whereClause, const Parameter &parameter, qint64 now,
    qint64 keepReceivedSince)
{
    const std::string candidates = std::string("SELECT a.id FROM articles a WHERE ") + whereClause
        + " AND a.fetched_at < ?3"
          " AND NOT EXISTS (SELECT 1 FROM statuses s WHERE s.article_id = a.id AND s.bookmarked = "
          "1)";
    Statement retire
        = db.prepare("INSERT OR REPLACE INTO retired_articles (feed_id, guid, retired_at) "
                     "SELECT feed_id, guid, ?2 FROM articles WHERE id IN ("
            + candidates + ")");
    retire.bind(1, parameter).bind(2, now).bind(3, keepReceivedSince).exec();
    Statement remove = db.prepare("DELETE FROM articles WHERE id IN (" + candidates + ")");
    remove.bind(1, parameter).bind(3, keepReceivedSince).exec();
    return db.changes();
}

} // namespace

qint64 cacheBytes(Database &db)
{
    Statement st = db.prepare(
        "SELECT (SELECT coalesce(sum(length(CAST(html AS BLOB)) + length(CAST(text AS BLOB))), 0) "
        "FROM article_bodies) + (SELECT coalesce(sum(bytes), 0) FROM (SELECT DISTINCT i.sha256, "
        "i.bytes FROM images i WHERE i.state = 'stored' AND EXISTS (SELECT 1 FROM article_images "
        "ai "
        "WHERE ai.url = i.url)))");
    st.step();
    return st.int64(0);
}

void reclaimFreePages(Database &db)
{
    Statement mode = db.prepareUncached("PRAGMA auto_vacuum");
    if (!mode.step() || mode.integer(0) != 2) // INCREMENTAL; see databaseopener.cpp
        return;
    mode.reset();
    // Moves the free pages to the end and truncates them off at the next checkpoint: the file
    // shrinks without a VACUUM rewriting the whole database.
    Statement vacuum = db.prepareUncached("PRAGMA incremental_vacuum");
    while (vacuum.step()) { }
}

RetentionResult applyRetention(Database &db, const RetentionPolicy &policy, const QDateTime &now)
{
    RetentionResult result;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const qint64 keepSince = policy.keepReceivedSince.isValid()
        ? policy.keepReceivedSince.toSecsSinceEpoch()
        : std::numeric_limits<qint64>::max();
    const qint64 before = cacheBytes(db);
    // Older than keepDays both by receipt and by publication (the published index narrows it).
    if (policy.keepDays > 0)
        result.articles += removeArticles(db, "a.published < ?1 AND a.fetched_at < ?1",
            nowSecs - qint64(policy.keepDays) * 24 * 3600, nowSecs, keepSince);
    // Over the cap: the oldest articles go first until what is left fits (bookmarks stay even
    // if they alone are over it). One pass sizes every candidate: body text plus its photos.
    // A photo shared with a remaining article frees nothing, so the estimate can fall short: then
    // another pass.
    for (int pass = 0; pass < 8 && policy.maxCacheBytes > 0; ++pass) {
        qint64 excess = cacheBytes(db) - policy.maxCacheBytes;
        if (excess <= 0)
            break;
        QJsonArray ids;
        Statement oldest = db.prepare(
            "SELECT a.id, coalesce((SELECT length(CAST(b.html AS BLOB)) + length(CAST(b.text AS "
            "BLOB)) "
            "FROM article_bodies b WHERE b.article_id = a.id), 0) + coalesce((SELECT sum(i.bytes) "
            "FROM article_images ai JOIN images i ON i.url = ai.url WHERE ai.article_id = a.id), "
            "0) "
            "FROM articles a WHERE a.fetched_at < ?2 AND NOT EXISTS (SELECT 1 FROM statuses s "
            "WHERE s.article_id = a.id AND (s.bookmarked = 1 OR (s.read = 0 AND "
            "max(a.published, a.fetched_at) >= ?1))) "
            "ORDER BY max(a.published, a.fetched_at), a.id");
        // Unread news still inside the kept days waits for the reader, cap or not.
        oldest.bind(1,
            policy.keepDays > 0 ? nowSecs - qint64(policy.keepDays) * 24 * 3600
                                : std::numeric_limits<qint64>::max());
        oldest.bind(2, keepSince);
        while (excess > 0 && oldest.step()) {
            ids.append(oldest.int64(0));
            excess -= oldest.int64(1);
        }
        oldest.reset();
        if (ids.isEmpty())
            break; // only bookmarks and unread news are left
        result.articles += removeArticles(db, "a.id IN (SELECT value FROM json_each(?1))",
            QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), nowSecs,
            keepSince);
    }
    // Photos no remaining article refers to; their files go once no other address shares them.
    Statement orphans = db.prepare(
        "SELECT DISTINCT i.sha256 FROM images i WHERE i.sha256 IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM article_images ai WHERE ai.url = i.url)");
    QStringList maybeUnused;
    while (orphans.step())
        maybeUnused.append(orphans.text(0));
    db.exec("DELETE FROM images WHERE NOT EXISTS (SELECT 1 FROM article_images ai WHERE ai.url = "
            "images.url)");
    result.images = db.changes();
    Statement stillUsed = db.prepare("SELECT 1 FROM images WHERE sha256 = ?1 LIMIT 1");
    for (const QString &sha : std::as_const(maybeUnused)) {
        stillUsed.bind(1, sha);
        if (!stillUsed.step())
            result.filesToDelete.append(sha);
        stillUsed.reset();
    }
    Statement forget = db.prepare("DELETE FROM retired_articles WHERE retired_at < ?1");
    forget.bind(1, nowSecs - RetiredKeptSeconds).exec();
    result.bytesFreed = std::max<qint64>(0, before - cacheBytes(db));
    if (result.articles > 0 || result.images > 0)
        reclaimFreePages(db);
    return result;
}

} // namespace oqy
