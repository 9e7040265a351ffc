#include "imagestore.h"

#include "database.h"

#include <QDateTime>

namespace oqy {

std::optional<ImageStore::CachedImage> ImageStore::lookup(const QString &url)
{
    Statement st = m_db.prepare("SELECT sha256, mime FROM images WHERE url = ?1 AND state = "
                                "'stored' AND sha256 IS NOT NULL");
    st.bind(1, url);
    if (!st.step())
        return std::nullopt;
    return CachedImage { st.text(0), st.text(1) };
}

void ImageStore::want(const QString &url)
{
    m_db.prepare("INSERT OR IGNORE INTO images (url) VALUES (?1)").bind(1, url).exec();
}

QStringList ImageStore::pending(int limit)
{
    QStringList urls;
    Statement st = m_db.prepare("SELECT i.url FROM images i WHERE i.state = 'pending' ORDER BY "
                                "EXISTS (SELECT 1 FROM article_images ai WHERE ai.url = i.url AND "
                                "ai.role = 'lead') DESC, i.attempts "
                                "LIMIT ?1");
    st.bind(1, limit);
    while (st.step())
        urls.append(st.text(0));
    return urls;
}

void ImageStore::recordStored(
    const QString &url, const QString &sha256, const QString &mime, qint64 bytes)
{
    m_db.prepare(
            "UPDATE images SET sha256 = ?2, mime = ?3, bytes = ?4, state = 'stored', error = '', "
            "fetched_at = ?5, attempts = attempts + 1 WHERE url = ?1")
        .bind(1, url)
        .bind(2, sha256)
        .bind(3, mime)
        .bind(4, bytes)
        .bind(5, QDateTime::currentSecsSinceEpoch())
        .exec();
}

void ImageStore::recordFailure(const QString &url, const QString &error, bool permanent)
{
    m_db.prepare("UPDATE images SET attempts = attempts + 1, error = ?2, fetched_at = ?4, "
                 "state = CASE WHEN ?3 OR attempts + 1 >= ?5 THEN 'failed' ELSE 'pending' END "
                 "WHERE url = ?1")
        .bind(1, url)
        .bind(2, error)
        .bind(3, permanent)
        .bind(4, QDateTime::currentSecsSinceEpoch())
        .bind(5, MaxAttempts)
        .exec();
}

QString ImageStore::relativePath(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

} // namespace oqy
