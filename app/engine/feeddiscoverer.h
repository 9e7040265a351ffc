#pragma once

#include "core/credentials.h"
#include "feeds/autodiscovery.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace oqy {

class HttpFetcher;

// What stands behind an address a reader pastes.
struct Discovery
{
    QList<feeds::DiscoveredFeed> feeds; // the address itself when it is a feed, else the page's
    // No feed anywhere, but the page itself lists news links (an outlet without RSS): it can be
    // read as a news-list page.
    bool newsList = false;
    int newsItems = 0; // how many items the page lists, when newsList
    QString error; // why nothing was found, or why the address could not be read
    // The address itself could not be fetched for a reason that may pass (no network, a
    // timeout, a server error): nothing is known about it yet.
    bool unreachable = false;
    // The server wants credentials (401/403) that were not given or not accepted.
    bool authRequired = false;
};

// From an address a reader pastes to the feeds behind it: the address itself when it is a feed,
// else the feeds its page announces, else the first of the usual places that answers with a feed,
// else the page itself when it is a list of news.
class FeedDiscoverer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Discovery &discovery)>;
    // A page with fewer items than this is not taken for a news list.
    static constexpr int MinNewsItems = 3;

    explicit FeedDiscoverer(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The site rules' "list" selectors help read a news list (extract/siterules.h).
    void setSiteRulesPath(const QString &path) { m_siteRulesPath = path; }
    // `done` runs once, in this object's thread. `credentials` go to the address's own server.
    void discover(const QUrl &url, Done done, const Credentials &credentials = {});

private:
    void probe(QList<QUrl> candidates, const QUrl &page, int newsItems, Done done);

    HttpFetcher *m_fetcher;
    QString m_siteRulesPath;
    Credentials m_credentials;
};

} // namespace oqy
