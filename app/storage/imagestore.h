#pragma once

#include <QString>
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
    {
    }

    std::optional<CachedImage> lookup(const QString &url);
    // images/ab/abcdef…: two-character fan-out keeps folders small.
    static QString relativePath(const QString &sha256);

private:
    Database &m_db;
};

} // namespace oqy
