#include "outletstore.h"

#include "database.h"
#include "feedstore.h"

namespace oqy {

qint64 OutletStore::upsert(const Outlet &outlet)
{
    Statement find = m_db.prepare("SELECT id FROM outlets WHERE site = ?1 AND site <> ''");
    if (find.bind(1, outlet.site).step())
        return find.int64(0);
    m_db.prepare("INSERT INTO outlets (name, site, home_region, languages) VALUES (?1, ?2, "
                 "(SELECT slug FROM regions WHERE slug = ?3), ?4)")
        .bind(1, outlet.name)
        .bind(2, outlet.site)
        .bind(3, outlet.homeRegion)
        .bind(4, outlet.languages.join(QLatin1Char(',')))
        .exec();
    return m_db.lastInsertRowId();
}

QList<qint64> OutletStore::subscribe(const feeds::DirectoryOutlet &entry)
{
    const qint64 outletId = upsert(entry.outlet);
    QList<qint64> ids;
    FeedStore feeds(m_db);
    for (const feeds::DirectoryFeed &feed : entry.feeds) {
        const qint64 id = feeds.add(
            feed.url, feed.newsList ? Feed::Kind::NewsList : Feed::Kind::Feed, entry.outlet.name);
        tie(id, outletId);
        ids.append(id);
    }
    return ids;
}

void OutletStore::tie(qint64 feedId, qint64 outletId)
{
    m_db.prepare("UPDATE feeds SET outlet_id = ?2 WHERE id = ?1 AND outlet_id IS NULL")
        .bind(1, feedId)
        .bind(2, outletId)
        .exec();
}

} // namespace oqy
