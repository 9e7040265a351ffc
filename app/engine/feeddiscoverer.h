#pragma once

#include "feeds/autodiscovery.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace oqy {

class HttpFetcher;

// From an address a reader pastes to the feeds behind it: the address itself when it is a feed,
// else the feeds its page announces, else the first of the usual places that answers with a feed.
class FeedDiscoverer : public QObject
{
    Q_OBJECT
public:
    using Done
        = std::function<void(const QList<feeds::DiscoveredFeed> &feeds, const QString &error)>;

    explicit FeedDiscoverer(QNetworkAccessManager *network, QObject *parent = nullptr);

    // `done` runs once, in this object's thread.
    void discover(const QUrl &url, Done done);

private:
    void probe(QList<QUrl> candidates, const QUrl &page, Done done);

    HttpFetcher *m_fetcher;
};

} // namespace oqy
