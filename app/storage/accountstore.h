#pragma once

#include "core/account.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace oqy {

class Database;

// Sync accounts and what ties local data to their servers (migration 0010): which feed and
// article is which on the server, and the changes made in Oqy waiting to be sent.
class AccountStore
{
public:
    explicit AccountStore(Database &db)
        : m_db(db)
    { }

    // Adds an account; the same server and user again gives the existing id.
    qint64 add(const QString &url, const QString &user, const QString &secretId);
    QList<Account> all();
    std::optional<Account> byId(qint64 id);
    // Forgets the account with its feeds and their articles (nothing is sent to the server).
    void remove(qint64 id);
    // The outcome of a sync: an empty error for one that went through.
    void recordSync(qint64 id, const QString &error);
    void setLastRemoteArticle(qint64 id, qint64 remoteId);

    // A subscription as the server lists it.
    struct RemoteFeed
    {
        qint64 remoteId = 0;
        QString url;
        QString title;
        QString folder;
    };
    struct LinkedFeed
    {
        qint64 feedId = 0;
        qint64 remoteId = 0; // 0: made in Oqy, not yet on the server
        QString url;
        QString folder;
    };
    QList<LinkedFeed> feeds(qint64 accountId);
    // Makes the server's feed a local one of the account (or updates it), returning its id. A
    // subscription made in Oqy for the same address, or a local feed of that address, becomes it.
    qint64 linkFeed(qint64 accountId, const RemoteFeed &feed);
    // A subscription made in Oqy, sent to the server at the next sync.
    qint64 subscribe(qint64 accountId, const QString &url, const QString &folder);

    std::optional<qint64> articleFor(qint64 accountId, qint64 remoteId);
    void linkArticle(qint64 articleId, qint64 accountId, qint64 remoteId);
    // Server article id → local article id, for every article of the account.
    QHash<qint64, qint64> articles(qint64 accountId);

    // A change of read or bookmark state made in Oqy, waiting to be sent.
    struct Change
    {
        enum class Field { Read, Bookmarked };
        qint64 remoteId = 0;
        Field field = Field::Read;
        bool value = false;
        qint64 changedAt = 0;
    };
    QList<Change> pendingChanges(qint64 accountId);
    // Drops the changes once the server has them (a change made again meanwhile stays).
    void clearChanges(qint64 accountId, const QList<Change> &sent);
    QList<qint64> pendingUnsubscribes(qint64 accountId);
    void clearUnsubscribe(qint64 accountId, qint64 remoteId);

private:
    Database &m_db;
};

} // namespace oqy
