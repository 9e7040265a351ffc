#pragma once

#include "core/feed.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace oqy {

class Database;

// Subscriptions and their refresh state (the `feeds` table).
class FeedStore
{
public:
    // What a successful fetch leaves behind for the next conditional GET.
    struct Validators
    {
        QString etag;
        QString lastModified;
        QByteArray bodyHash;
    };

    explicit FeedStore(Database &db)
        : m_db(db)
    { }

    // Adds a subscription and returns its id; an URL already subscribed returns the existing id.
    qint64 add(const QString &url, Feed::Kind kind = Feed::Kind::Feed, const QString &title = {});
    void setFolder(qint64 id, const QString &folder);
    std::optional<Feed> byId(qint64 id);
    std::optional<Feed> byUrl(const QString &url);
    QList<Feed> all();
    bool remove(qint64 id);

    Validators validators(qint64 id);
    // The outcome of one refresh, with when the feed is next due (see core/refreshschedule.h).
    void recordSuccess(qint64 id, const QString &title, const QString &siteUrl,
        const Validators &validators, const QDateTime &nextAttempt);
    // Records a 304 or an unchanged body: the feed is healthy, nothing else changes.
    void recordUnchanged(qint64 id, const QDateTime &nextAttempt);
    void recordFailure(qint64 id, const QString &error, const QDateTime &nextAttempt,
        const QDateTime &retryAfter = {});
    // The feed's own refresh interval; 0 returns it to the reader's default.
    void setRefreshMinutes(qint64 id, int minutes);
    // The keychain entry holding the feed's credentials (secretstore.h); empty clears it.
    void setSecretId(qint64 id, const QString &secretId);
    void updateUrl(qint64 id, const QString &url);

private:
    Database &m_db;
};

} // namespace oqy
