#pragma once

#include "core/account.h"
#include "core/credentials.h"

#include <QString>

class QNetworkAccessManager;

namespace oqy {

class Database;

// What one sync did, for the reader and for tests.
struct SyncReport
{
    QString error; // empty when the sync went through
    int feedsAdded = 0;
    int feedsRemoved = 0;
    int subscriptionsSent = 0;
    int unsubscriptionsSent = 0;
    int changesSent = 0;
    int newArticles = 0;
    int stateChanges = 0; // read or bookmark marks taken from the server
};

// One sync of an account with its Tiny Tiny RSS server, in this order:
//   1. what was changed in Oqy since the last sync goes up: removed and new subscriptions, read
//      and bookmark (star) marks — kept queued in the database until the server has taken them;
//   2. the server's subscriptions (with their categories as folders) come down: new ones added,
//      ones removed elsewhere removed here;
//   3. articles newer than the last sync come down (their pages and photos are then fetched by
//      Oqy itself like any article's, and tagged with their regions);
//   4. the read and star marks of every article of the account come down.
// So a change made in Oqy wins over what the server said before it, and the server's state (the
// latest any device sent) wins over what Oqy saw earlier: the newest change wins, as far as the
// API lets one tell (it keeps no time of a mark). Any failure stops the sync with a clear error;
// nothing queued is lost and the next sync starts over.
//
// Blocking (TtrssClient waits in local event loops): run it in oqy-cli or in a worker thread,
// with a Database connection and a network manager of that thread.
class AccountSync
{
public:
    AccountSync(Database &db, QNetworkAccessManager *network);

    SyncReport run(const Account &account, const Credentials &credentials);

    // For tests: how many headlines a request asks for (the API gives at most 200).
    void setPageSize(int size) { m_pageSize = size; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    Database &m_db;
    QNetworkAccessManager *m_network;
    int m_pageSize = 200;
    int m_timeoutMs = 30'000;
};

} // namespace oqy
