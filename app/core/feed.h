#pragma once

#include "webaddress.h"

#include <QDateTime>
#include <QString>

namespace oqy {

// A subscription: an RSS/Atom/JSON feed, or the news-list page of an outlet that has no feed.
struct Feed
{
    enum class Kind { Feed, NewsList };

    qint64 id = 0;
    qint64 outletId = 0; // 0 when the feed is not tied to a directory outlet
    Kind kind = Kind::Feed;
    QString url;
    QString title;
    QString siteUrl;
    QString folder; // "News / Regions"; empty for none
    QDateTime addedAt;
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError; // empty after a successful refresh
    QDateTime nextAttempt; // when an automatic refresh takes it next
    QDateTime retryAfter; // the server asked for no request before this (429/503)
    int failureCount = 0;
    int refreshMinutes = 0; // its own interval; 0: the reader's default
    QString secretId; // its credentials' entry in the system keychain; empty: none needed
    qint64 accountId
        = 0; // the sync account it belongs to (its items come from that server); 0: none

    QString displayTitle() const { return title.isEmpty() ? displayAddress(url) : title; }
};

} // namespace oqy
