#include "imagestore.h"

#include "database.h"

namespace oqy {

std::optional<ImageStore::CachedImage> ImageStore::lookup(const QString &url)
{
    Statement st = m_db.prepare(
        "SELECT sha256, mime FROM images WHERE url = ?1 AND state = 'stored' AND sha256 IS NOT NULL");
    st.bind(1, url);
    if (!st.step())
        return std::nullopt;
    return CachedImage{st.text(0), st.text(1)};
}

QString ImageStore::relativePath(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

} // namespace oqy
