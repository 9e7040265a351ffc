#pragma once

#include "feeddiscoverer.h"
#include "feeds/autodiscovery.h"
#include "feeds/outletdirectory.h"
#include "feeds/subscriptionlist.h"

#include <QObject>
#include <functional>

namespace oqy {

class Session;

// What the reader asks to subscribe to.
struct SubscribeRequest
{
    QString address; // as typed or pasted: a feed, a site, an article, a news-list page
    bool newsList = false; // the reader says: this page is a news list, read it as one
    QString folder;
    qint64 accountId = 0; // through a sync account (sent to its server at the next sync)
    // Find the feed behind a page (autodiscovery, then the page as a news list). Off: the address
    // is the feed, stored as it is (after its check).
    bool discover = true;
    // A page announcing several feeds: take the first (oqy-cli), or offer them (the window).
    bool firstOfSeveral = false;
};

struct SubscribeResult
{
    qint64 feedId = 0; // 0: nothing subscribed (see error, or choices)
    QString error; // a sentence for the reader; nothing was stored
    bool badAddress = false; // the error is the address itself (not an http(s) address…)
    QString url; // the address stored, without credentials
    bool newsList = false; // stored as a news-list page
    bool newsListFound = false; // no feed found, but the page lists news: taken as a news list
    int newsItems = 0;
    bool existed = false; // already subscribed
    bool credentialsStored = false; // a user and password from the address went to the keychain
    bool needsCredentials = false; // its server asks for (other) credentials
    QString note; // something the reader should know ("not checked: offline"…)
    QList<feeds::DiscoveredFeed> choices; // several feeds: subscribe again to the chosen one
    QList<feeds::DiscoveredFeed> others; // the feeds not taken, when firstOfSeveral
};

struct ImportResult
{
    QList<qint64> added;
    int known = 0;
    QStringList skipped; // "address: why"
    QString error;
};

// Subscribing, for both front ends. An address is checked before anything is stored (http(s)
// only, a host, at most 8 KB); a user and password written into it go to the keychain and never
// into the database, backups, exports or output; a page is followed to its feed; an outlet's page
// without any feed becomes a news-list subscription when it lists news.
class Subscriptions : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SubscribeResult &result)>;
    using ImportDone = std::function<void(const ImportResult &result)>;
    using OutletsDone = std::function<void(const QList<qint64> &feedIds, const QString &error)>;

    explicit Subscriptions(Session &session, QObject *parent = nullptr);

    using FindDone = std::function<void(const Discovery &discovery)>;

    // `done` runs once, in this object's thread.
    void subscribe(const SubscribeRequest &request, Done done);
    // What stands behind an address, without subscribing (a bad address: its error, at once).
    void find(const QString &address, FindDone done);
    // The subscriptions of an OPML or Newsboat urls file (feeds::readSubscriptions). Addresses are
    // checked as subscribe() checks them; credentials in them go to the keychain.
    void import(const feeds::SubscriptionList &list, ImportDone done);
    void subscribeOutlets(const QList<feeds::DirectoryOutlet> &outlets, OutletsDone done);
    // OPML 2.0 of the feeds (news-list pages are not feeds other readers can follow).
    QByteArray exportOpml(const QString &title);

private:
    struct Pending;
    void store(const std::shared_ptr<Pending> &pending);
    void storeFailed(const std::shared_ptr<Pending> &pending, const QString &error);

    Session &m_session;
};

} // namespace oqy
