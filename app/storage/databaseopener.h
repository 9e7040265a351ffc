#pragma once

#include "database.h"

#include <QDateTime>

namespace oqy {

class DataDir;

// What openDatabase() had to do beyond opening: set when it found the database damaged.
struct OpenReport
{
    QString damage; // what was wrong; empty when the database was sound
    QString movedTo; // where the damaged file now is (backups/damaged-…)
    bool backupFound = false;
    QDateTime backupWrittenAt;
    int feedsRestored = 0;
    int bookmarksRestored = 0;
    QString restoreError;
    // The database is sound and backups/ should be refreshed from it (safetybackup::update): the
    // backup is missing, or the whole file was checked. The caller does it — the window on the
    // writer thread, so that three synced files (70 ms on a slow disk) do not hold the window up.
    bool backupDue = false;

    bool recovered() const { return !damage.isEmpty(); }
    // One paragraph for the reader (GUI message box, CLI standard error), translated.
    QString message() const;
};

// Opens the data folder's database and brings its schema up to date, keeping a copy of an older
// database in backups/ before migrating it.
//
// On the way in it runs a quick integrity check: the whole file when it is small, otherwise the
// small tables nothing can bring back (subscriptions, outlets) and the first page of every other
// table — a constant few milliseconds, where a full check of a 500 MB database takes a second
// (the window runs fullCheck() in the background weekly, readerStateCheck() — the read and
// bookmark state — after every start, and marks the folder when they find damage). A damaged
// database — or one a full check marked — is moved aside, a new one is made, and the subscriptions
// and bookmarks come back from the automatic backup (safetybackup.h); when the database is sound,
// `report->backupDue` says whether the caller should refresh that backup.
//
// Throws SqlError with a message fit for the reader when the database cannot be opened at all
// (permissions, a database from a newer Oqy, a disk that cannot hold a new one).
Database openDatabase(const DataDir &dataDir, OpenReport *report = nullptr);

// Rewrites the whole database (VACUUM) into the incremental auto-vacuum mode new databases have.
// Needs as much free disk as the database takes, and a while for a big one.
void compact(Database &db);

// PRAGMA quick_check over the whole database: empty when sound, else the first problems found.
// Slow on big databases (about 2 ms per MB): run it off the GUI thread.
QString fullCheck(Database &db);

// PRAGMA quick_check of the read and bookmark state (statuses): 30 ms with 100,000 articles, for
// every start, off the GUI thread. Empty when sound.
QString readerStateCheck(Database &db);

// Records that the folder's database is damaged, so that the next openDatabase() repairs it.
void markDamaged(const DataDir &dataDir, const QString &damage);

} // namespace oqy
