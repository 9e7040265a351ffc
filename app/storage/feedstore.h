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
    {
    }

    // Adds a subscription and returns its id; an URL already subscribed returns the existing id.
    qint64 add(const QString &url, Feed::Kind kind = Feed::Kind::Feed, const QString &title = {});
    void setFolder(qint64 id, const QString &folder);
    std::optional<Feed> byId(qint64 id);
    std::optional<Feed> byUrl(const QString &url);
    QList<Feed> all();
    bool remove(qint64 id);

    Validators validators(qint64 id);
    void recordSuccess(qint64 id, const QString &title, const QString &siteUrl,
                       const Validators &validators);
    // Records a 304 or an unchanged body: the feed is healthy, nothing else changes.
    void recordUnchanged(qint64 id);
    void recordFailure(qint64 id, const QString &error);
    void updateUrl(qint64 id, const QString &url);

private:
    Database &m_db;
};

} // namespace oqy
