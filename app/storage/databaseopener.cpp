#include "databaseopener.h"

#include "datadir.h"
#include "migrator.h"
#include "safetybackup.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace oqy {

namespace {

// Up to this size the whole file is checked at every start (≈ 15 ms); above it, the check costs
// the same for 10 MB as for 1 GB (quickCheck()).
constexpr qint64 FullCheckMaxBytes = 8 * 1024 * 1024;

QString damageMarker(const DataDir &dir)
{
    return QDir(dir.backupsPath()).filePath(QStringLiteral("damaged.txt"));
}

QString checkResult(Database &db, const char *pragma)
{
    QStringList problems;
    Statement check = db.prepareUncached(pragma);
    while (check.step() && problems.size() < 5)
        problems.append(check.text(0));
    return problems == QStringList { QStringLiteral("ok") } ? QString()
                                                            : problems.join(QLatin1String("; "));
}

// checkResult(), with damage SQLite reports by failing (SQLITE_CORRUPT) as a finding too.
QString damageFound(Database &db, const char *pragma)
{
    try {
        return checkResult(db, pragma);
    } catch (const SqlError &e) {
        if (e.isCorrupt())
            return e.message();
        throw;
    }
}

// Empty when the database at `path` is sound (or absent). Errors that are not damage — a locked or
// unreadable file — are thrown, not reported as damage: moving a sound database aside would be
// worse.
// `whole`: set when the whole file was checked (small), the read and bookmark state included.
QString quickCheck(const QString &path, bool *whole)
{
    *whole = false;
    if (!QFileInfo::exists(path))
        return {};
    try {
        Database db(path);
        if (QFileInfo(path).size() <= FullCheckMaxBytes) {
            *whole = true;
            return checkResult(db, "PRAGMA quick_check(5)");
        }
        // The subscriptions and outlets, small, whole: quick_check(table) checks one table with
        // its indexes, and reads the schema on the way. Every other table is opened at its first
        // page, which finds a damaged root page or a torn copy; damage deeper in the big tables is
        // for the checks after start-up (the window runs readerStateCheck() two minutes after each
        // start, fullCheck() weekly).
        for (const char *pragma : { "PRAGMA quick_check(feeds)", "PRAGMA quick_check(outlets)" }) {
            const QString problems = checkResult(db, pragma);
            if (!problems.isEmpty())
                return problems;
        }
        // Tables with pages of their own (rootpage 0: virtual tables, whose pages are those of
        // their shadow tables, listed too).
        Statement tables = db.prepareUncached(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
        while (tables.step()) {
            const QString name = tables.text(0);
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            try {
                // NOT INDEXED: the table's own first page, not a smaller index the planner would
                // prefer; "1": no overflow pages of the first row.
                Statement first = db.prepareUncached(
                    "SELECT 1 FROM \"" + quoted.toStdString() + "\" NOT INDEXED LIMIT 1");
                first.step();
            } catch (const SqlError &e) {
                // A table the schema names but SQLite cannot read or even parse: damage. Anything
                // else (busy, an I/O error) is not for moving the database aside.
                if (!e.isCorrupt() && (e.code() & 0xff) != SQLITE_ERROR)
                    throw;
                return QStringLiteral("%1: %2").arg(name, e.message());
            }
        }
        return {};
    } catch (const SqlError &e) {
        if (e.isCorrupt())
            return e.message();
        throw;
    }
}

// Moves the database and its WAL into backups/damaged-<time>/; returns that folder.
QString moveAside(const DataDir &dir)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString folder = QDir(dir.backupsPath()).filePath(QStringLiteral("damaged-") + stamp);
    if (!QDir().mkpath(folder))
        throw SqlError(SQLITE_CANTOPEN, QStringLiteral("cannot create %1").arg(folder));
    const QString db = dir.databasePath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (!QFileInfo::exists(db + suffix))
            continue;
        const QString target = QDir(folder).filePath(QFileInfo(db + suffix).fileName());
        if (!QFile::rename(db + suffix, target))
            throw SqlError(SQLITE_CANTOPEN,
                QStringLiteral("cannot move the damaged database %1 aside").arg(db + suffix));
    }
    return folder;
}

// Databases made before new ones got incremental auto-vacuum (database.cpp) are switched when they
// are small enough to rewrite in a moment; `oqy-cli compact` does it for the others.
void chooseIncrementalVacuum(Database &db, const QString &path)
{
    Statement mode = db.prepareUncached("PRAGMA auto_vacuum");
    mode.step();
    if (mode.integer(0) == 2 || QFileInfo(path).size() > FullCheckMaxBytes)
        return;
    mode.reset();
    compact(db);
}

Database openAndMigrate(const DataDir &dataDir)
{
    Database db(dataDir.databasePath());
    try {
        chooseIncrementalVacuum(db, dataDir.databasePath());
    } catch (const SqlError &e) {
        // A full disk or a busy database: the mode waits for the next start.
        if (!e.isDiskFull() && !e.isBusy())
            throw;
    }
    const Migrator migrator;
    const int version = db.userVersion();
    const QString backup
        = QDir(dataDir.backupsPath()).filePath(QStringLiteral("oqy-schema%1.sqlite").arg(version));
    migrator.migrate(db, backup);
    return db;
}

} // namespace

QString OpenReport::message() const
{
    if (!recovered())
        return {};
    QString text = QCoreApplication::translate(
        "OpenReport", "The database was damaged (%1). It was moved to %2 and a new one was made.")
                       .arg(damage, QDir::toNativeSeparators(movedTo));
    if (!backupFound)
        return text + QLatin1Char(' ')
            + QCoreApplication::translate(
                "OpenReport", "There was no backup of subscriptions and bookmarks to restore.");
    if (!restoreError.isEmpty())
        return text + QLatin1Char(' ')
            + QCoreApplication::translate("OpenReport", "The backup could not be restored: %1.")
                  .arg(restoreError);
    return text + QLatin1Char(' ')
        + QCoreApplication::translate("OpenReport",
            "%n subscription(s) and %1 bookmark(s) were restored from the backup of %2; articles "
            "come back with the next refresh.",
            nullptr, feedsRestored)
              .arg(bookmarksRestored)
              .arg(QLocale().toString(backupWrittenAt.toLocalTime(), QLocale::ShortFormat));
}

Database openDatabase(const DataDir &dataDir, OpenReport *report)
{
    QString error;
    if (!dataDir.ensureExists(&error))
        throw SqlError(SQLITE_CANTOPEN, error);

    QString damage;
    QFile marker(damageMarker(dataDir));
    if (marker.open(QIODevice::ReadOnly))
        damage = QString::fromUtf8(marker.readAll()).trimmed();
    marker.close();
    bool checkedWhole = false;
    if (damage.isEmpty())
        damage = quickCheck(dataDir.databasePath(), &checkedWhole);

    if (damage.isEmpty()) {
        Database db = openAndMigrate(dataDir);
        // From a big database whose read and bookmark state start-up has not checked, only a
        // missing backup is due: a damaged index must not replace a good backup. (Every change
        // of bookmarks or subscriptions refreshes it anyway: StorageWriter, oqy-cli.)
        if (report)
            report->backupDue = checkedWhole
                || !QFileInfo::exists(
                    QDir(dataDir.backupsPath()).filePath(QStringLiteral("bookmarks.json")));
        return db;
    }

    OpenReport recovery;
    recovery.damage = damage;
    recovery.movedTo = moveAside(dataDir);
    QFile::remove(damageMarker(dataDir));
    // The backup goes along with the damaged file: the next start refreshes backups/ from the new
    // database, and whatever could not be restored must stay somewhere.
    for (const QString &name :
        { QStringLiteral("bookmarks.json"), QStringLiteral("subscriptions.json") })
        QFile::copy(
            QDir(dataDir.backupsPath()).filePath(name), QDir(recovery.movedTo).filePath(name));
    Database db = openAndMigrate(dataDir);
    const safetybackup::Restored restored = safetybackup::restore(db, dataDir);
    recovery.backupFound = restored.found;
    recovery.backupWrittenAt = restored.writtenAt;
    recovery.feedsRestored = restored.feeds;
    recovery.bookmarksRestored = restored.bookmarks;
    recovery.restoreError = restored.error;
    if (report)
        *report = recovery;
    return db;
}

void compact(Database &db)
{
    // SQLite changes the auto-vacuum mode only in a VACUUM outside WAL mode; leaving WAL needs the
    // database to itself, so this fails (busy) while another Oqy has it open.
    Statement leave = db.prepareUncached("PRAGMA journal_mode = DELETE");
    leave.step();
    const bool left = leave.text(0) == QLatin1String("delete");
    leave.reset();
    try {
        if (!left)
            throw SqlError(SQLITE_BUSY, QStringLiteral("the database is in use by another Oqy"));
        db.exec("PRAGMA auto_vacuum = INCREMENTAL");
        db.exec("VACUUM");
    } catch (...) {
        Statement back = db.prepareUncached("PRAGMA journal_mode = WAL");
        back.step();
        throw;
    }
    Statement back = db.prepareUncached("PRAGMA journal_mode = WAL");
    back.step();
}

QString fullCheck(Database &db)
{
    return damageFound(db, "PRAGMA quick_check(5)");
}

QString readerStateCheck(Database &db)
{
    return damageFound(db, "PRAGMA quick_check(statuses)");
}

void markDamaged(const DataDir &dataDir, const QString &damage)
{
    QFile marker(damageMarker(dataDir));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(damage.toUtf8());
}

} // namespace oqy
