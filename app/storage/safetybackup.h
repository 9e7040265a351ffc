#pragma once

#include <QDateTime>
#include <QString>

namespace oqy {

class Database;
class DataDir;

// What a reader cannot get back by refreshing: the subscriptions (with folders and outlets) and the
// bookmarks (with full text and notes). Oqy keeps a copy of them in backups/ at all times, so that
// a damaged database costs nothing but re-downloadable articles (databaseopener.h restores from
// it).
//
// backups/bookmarks.json is the same archive `oqy-cli export-bookmarks` writes (a reader can import
// it by hand); backups/subscriptions.json lists the feeds. Both are replaced atomically.
namespace safetybackup {

// Rewrites the backup when the bookmarks or subscriptions changed since it was written (a cheap
// fingerprint decides; nothing is written otherwise). Runs in no transaction of its own: call it
// outside one, or inside the caller's read transaction. False with `error` when the files cannot be
// written; the database is never touched.
bool update(Database &db, const DataDir &dataDir, QString *error = nullptr);

struct Restored
{
    bool found = false; // a backup existed
    QDateTime writtenAt; // when it was written
    int feeds = 0;
    int bookmarks = 0;
    QString error; // a backup existed but could not be read
};
// Puts the backup's subscriptions and bookmarks into `db` (a fresh database), in one transaction.
Restored restore(Database &db, const DataDir &dataDir);

} // namespace safetybackup
} // namespace oqy
