#pragma once

#include "feeds/outletdirectory.h"

#include <QList>

namespace oqy {

class Database;

// Outlets (the `outlets` table) and subscribing to one from the directory: its feeds are added
// and tied to it, so that its home region can label articles whose text names no region.
class OutletStore
{
public:
    explicit OutletStore(Database &db)
        : m_db(db)
    { }

    // The outlet's row (found by its site, else added) and its id.
    qint64 upsert(const Outlet &outlet);
    // Subscribes to every feed of `entry`; returns the feed ids (existing ones included).
    QList<qint64> subscribe(const feeds::DirectoryOutlet &entry);
    // Ties a feed to its outlet, unless it already has one.
    void tie(qint64 feedId, qint64 outletId);

private:
    Database &m_db;
};

} // namespace oqy
