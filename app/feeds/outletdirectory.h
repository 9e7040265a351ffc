#pragma once

#include "core/outlet.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace oqy::feeds {

// Kazakhstan's outlets as Oqy ships them (resources/outlets/directory.json): what a reader picks
// from on first run and in "Add outlet…". Addresses come from public sources and may be dead or
// moved; a subscription from here is an ordinary feed that can fail and be removed like any other.
struct DirectoryFeed
{
    QString url;
    bool newsList = false; // an HTML news-list page, for outlets without a feed
    QString language;
    bool confirmed = false; // seen in a public source, not guessed
};

struct DirectoryOutlet
{
    QString key; // stable id in the directory ("ekaraganda")
    Outlet outlet;
    QList<DirectoryFeed> feeds;
};

struct OutletDirectory
{
    QList<DirectoryOutlet> outlets;

    // Parses the directory file; on error the result is empty and `error` says why.
    static OutletDirectory fromJson(const QByteArray &json, QString *error = nullptr);
    static const OutletDirectory &builtIn();

    // The outlets whose home region is one of `slugs` (all when empty); national ones with "".
    QList<DirectoryOutlet> forRegions(const QStringList &slugs) const;
    const DirectoryOutlet *find(const QString &key) const;
};

} // namespace oqy::feeds
