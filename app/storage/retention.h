#pragma once

#include <QDateTime>
#include <QStringList>

namespace oqy {

class Database;

// What the reader lets Oqy keep. An article's age counts from when Oqy received it, or from its
// publication when that is later: a quiet outlet's item published half a year ago but received
// today is news to the reader and stays keepDays from today. Bookmarked articles, and the photos
// they show, are never removed; nor, by the size cap, unread articles younger than keepDays (news
// the reader has not seen yet), nor anything received since `keepReceivedSince` (what the refresh
// that is running stored).
struct RetentionPolicy
{
    int keepDays = 0; // articles older than this are removed; 0 keeps them all
    qint64 maxCacheBytes = 0; // bodies and photos together; oldest removed first; 0: no cap
    QDateTime keepReceivedSince; // invalid: no such protection
};

struct RetentionResult
{
    int articles = 0;
    int images = 0;
    qint64 bytesFreed = 0; // photo files and article text
    QStringList filesToDelete; // photo hashes no article refers to any more; delete after commit
};

// Applies `policy` inside the caller's transaction (a StorageWriter job). Photo files are only
// listed: the caller deletes them once the transaction has committed, so that a crash can leave
// an unused file behind but never a stored article without its photo.
RetentionResult applyRetention(Database &db, const RetentionPolicy &policy,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Gives the pages that removals freed back to the file system (incremental vacuum), when the
// database was made with auto_vacuum = INCREMENTAL; applyRetention() calls it after removing.
void reclaimFreePages(Database &db);

// Bytes the cache holds now: article text and photo files.
qint64 cacheBytes(Database &db);

} // namespace oqy
