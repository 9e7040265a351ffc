#pragma once

#include <QDateTime>
#include <QString>

namespace oqy {

// An account on a self-hosted aggregator (Tiny Tiny RSS) whose subscriptions, read marks and
// bookmarks Oqy keeps in step with (sync/accountsync.h). The password is in the system keychain
// under secretId, never here.
struct Account
{
    qint64 id = 0;
    QString url; // the server's address, e.g. https://rss.example.kz/tt-rss/
    QString user;
    QString secretId;
    QDateTime addedAt;
    QDateTime lastSync; // the last sync that went through
    QString lastError; // why the last sync did not, empty after one that did
    qint64 lastRemoteArticle = 0; // the newest server article already received
};

} // namespace oqy
