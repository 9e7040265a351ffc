#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace oqy {

class Database;

// The image cache's index: which downloaded file (named by its content hash) an image URL maps to.
class ImageStore
{
public:
    struct CachedImage
    {
        QString sha256;
        QString mime;
    };

    explicit ImageStore(Database &db)
        : m_db(db)
    { }

    std::optional<CachedImage> lookup(const QString &url);

    // Adds an image URL to the cache's work list (nothing when it is known already).
    void want(const QString &url);
    // Image URLs still to download, lead photos first.
    QStringList pending(int limit);
    void recordStored(const QString &url, const QString &sha256, const QString &mime, qint64 bytes);
    // A failed download: tried again on later refreshes up to MaxAttempts, unless `permanent`
    // (not an image, too large), then marked failed.
    void recordFailure(const QString &url, const QString &error, bool permanent);
    static constexpr int MaxAttempts = 3;
    // images/ab/abcdef…: two-character fan-out keeps folders small.
    static QString relativePath(const QString &sha256);

private:
    Database &m_db;
};

} // namespace oqy
