#include "safetybackup.h"

#include "bookmarkarchive.h"
#include "database.h"
#include "datadir.h"
#include "feedstore.h"
#include "outletstore.h"
#include "sqlerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oqy::safetybackup {

namespace {

QString bookmarksFile(const DataDir &dir)
{
    return QDir(dir.backupsPath()).filePath(QStringLiteral("bookmarks.json"));
}

QString subscriptionsFile(const DataDir &dir)
{
    return QDir(dir.backupsPath()).filePath(QStringLiteral("subscriptions.json"));
}

QString stampFile(const DataDir &dir)
{
    return QDir(dir.backupsPath()).filePath(QStringLiteral("backup.stamp"));
}

// Changes whenever a bookmark, a note or a subscription does; cheap (the bookmarked index and the
// small feeds table), so it can run after every write batch.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    Statement marks = db.prepare("SELECT count(*), total(article_id), total(bookmarked_at), "
                                 "total(length(note)) FROM statuses WHERE bookmarked = 1");
    marks.step();
    for (int c = 0; c < 4; ++c)
        hash.addData(marks.text(c).toUtf8() + '|');
    marks.reset();
    Statement feeds = db.prepare("SELECT id, kind, url, title, folder, refresh_minutes, "
                                 "coalesce(outlet_id, 0) FROM feeds ORDER BY id");
    while (feeds.step())
        for (int c = 0; c < 7; ++c)
            hash.addData(feeds.text(c).toUtf8() + '|');
    return hash.result().toHex();
}

QByteArray subscriptionsJson(Database &db)
{
    QJsonArray list;
    Statement st
        = db.prepare("SELECT f.kind, f.url, f.title, f.folder, f.refresh_minutes, o.name, o.site, "
                     "coalesce(o.home_region, ''), o.languages FROM feeds f LEFT JOIN outlets o ON "
                     "o.id = f.outlet_id "
                     "ORDER BY f.id");
    while (st.step()) {
        QJsonObject feed { { QStringLiteral("kind"),
                               st.text(0) == QLatin1String("newslist") ? QStringLiteral("news-list")
                                                                       : QStringLiteral("feed") },
            { QStringLiteral("url"), st.text(1) }, { QStringLiteral("title"), st.text(2) },
            { QStringLiteral("folder"), st.text(3) },
            { QStringLiteral("refresh_minutes"), st.integer(4) } };
        if (!st.isNull(5))
            feed.insert(QStringLiteral("outlet"),
                QJsonObject { { QStringLiteral("name"), st.text(5) },
                    { QStringLiteral("site"), st.text(6) },
                    { QStringLiteral("home_region"), st.text(7) },
                    { QStringLiteral("languages"), st.text(8) } });
        list.append(feed);
    }
    st.reset();
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("oqy-subscriptions") },
            { QStringLiteral("version"), 1 }, { QStringLiteral("feeds"), list } })
        .toJson(QJsonDocument::Indented);
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

int restoreFeeds(Database &db, const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("oqy-subscriptions"))
        return 0;
    FeedStore feeds(db);
    OutletStore outlets(db);
    int restored = 0;
    for (const QJsonValue &value : root.value(QLatin1String("feeds")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString url = o.value(QLatin1String("url")).toString();
        if (url.isEmpty())
            continue;
        const bool newsList
            = o.value(QLatin1String("kind")).toString() == QLatin1String("news-list");
        const qint64 id = feeds.add(url, newsList ? Feed::Kind::NewsList : Feed::Kind::Feed,
            o.value(QLatin1String("title")).toString());
        feeds.setFolder(id, o.value(QLatin1String("folder")).toString());
        feeds.setRefreshMinutes(id, o.value(QLatin1String("refresh_minutes")).toInt());
        const QJsonObject outlet = o.value(QLatin1String("outlet")).toObject();
        if (!outlet.isEmpty()) {
            Outlet entry;
            entry.name = outlet.value(QLatin1String("name")).toString();
            entry.site = outlet.value(QLatin1String("site")).toString();
            entry.homeRegion = outlet.value(QLatin1String("home_region")).toString();
            entry.languages = outlet.value(QLatin1String("languages"))
                                  .toString()
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
            outlets.tie(id, outlets.upsert(entry));
        }
        ++restored;
    }
    return restored;
}

} // namespace

bool update(Database &db, const DataDir &dataDir, QString *error)
{
    try {
        const QByteArray print = fingerprint(db);
        QFile stamp(stampFile(dataDir));
        if (stamp.open(QIODevice::ReadOnly) && stamp.readAll() == print)
            return true;
        stamp.close();
        // Bookmarks first: the stamp is written last, so an interrupted update is redone next time.
        return writeFile(bookmarksFile(dataDir), bookmarks::exportJson(db), error)
            && writeFile(subscriptionsFile(dataDir), subscriptionsJson(db), error)
            && writeFile(stampFile(dataDir), print, error);
    } catch (const SqlError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

Restored restore(Database &db, const DataDir &dataDir)
{
    Restored result;
    QFile feedsFile(subscriptionsFile(dataDir));
    QFile marksFile(bookmarksFile(dataDir));
    const bool haveFeeds = feedsFile.open(QIODevice::ReadOnly);
    const bool haveMarks = marksFile.open(QIODevice::ReadOnly);
    if (!haveFeeds && !haveMarks)
        return result;
    result.found = true;
    result.writtenAt = QFileInfo(haveMarks ? marksFile : feedsFile).lastModified().toUTC();
    try {
        db.transaction([&] {
            if (haveFeeds)
                result.feeds = restoreFeeds(db, feedsFile.readAll());
            if (haveMarks) {
                const bookmarks::ImportResult marks
                    = bookmarks::importJson(db, marksFile.readAll());
                result.bookmarks = marks.added + marks.updated;
                if (!marks.error.isEmpty())
                    result.error = marks.error;
            }
        });
    } catch (const SqlError &e) {
        result.error = e.message();
        result.feeds = result.bookmarks = 0;
    }
    return result;
}

} // namespace oqy::safetybackup
