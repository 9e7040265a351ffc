#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include "core/credentials.h"

namespace oqy {

// What Oqy asks for: the URL, the validators of the copy it has, and the limits of this kind of
// download (feeds, article pages and images each have their own).
struct FetchRequest
{
    QUrl url;
    QString etag;
    QString lastModified;
    QByteArray accept = "*/*";
    qint64 maxBytes = 16 * 1024 * 1024;
    int deadlineMs = 60'000; // the whole request, redirects included
    int idleTimeoutMs = 20'000; // no byte for this long (connecting included) ends the request
    int maxRedirects = 5;
    // Given to the request's own origin only (never after a redirect to another host): a user and
    // password when the server asks (Basic or Digest), or one header sent with every request.
    Credentials credentials;
};

// The outcome of one GET. `error` is empty for a 2xx or a 304; otherwise it is a sentence a reader
// can act on ("The server answered 404 Not Found.").
struct FetchResult
{
    QUrl finalUrl;
    int status = 0;
    QByteArray body;
    QString contentType;
    QString contentLocation;
    QString contentLanguage;
    QString etag;
    QString lastModified;
    bool notModified = false;
    // Every redirect on the way was permanent (301/308): the subscription should move.
    bool movedPermanently = false;
    QDateTime retryAfter; // from 429/503
    QString error;
    bool authRequired = false; // 401/403: the feed needs (other) credentials

    bool ok() const { return error.isEmpty(); }
};

} // namespace oqy
