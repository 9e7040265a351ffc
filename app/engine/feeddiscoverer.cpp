#include "feeddiscoverer.h"

#include "feeds/feedparser.h"
#include "httpfetcher.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedDiscoverer)
};

struct Reading
{
    bool isFeed = false;
    QString title;
    QList<feeds::DiscoveredFeed> links;
};

// Off the GUI thread: is the body a feed, and if not, which feeds does it announce?
Reading read(const FetchResult &result)
{
    Reading reading;
    feeds::FeedContext context;
    context.url = result.finalUrl;
    context.contentType = result.contentType;
    const feeds::FeedDocument doc = feeds::parseFeed(result.body, context);
    if (doc.isFeed() && (!doc.entries.isEmpty() || doc.feed.title.present)) {
        reading.isFeed = true;
        reading.title = doc.feed.title.value;
        return reading;
    }
    reading.links = feeds::discoverFeedLinks(result.body, result.finalUrl, result.contentType);
    return reading;
}

FetchRequest requestFor(const QUrl &url, qint64 maxBytes, int deadlineMs)
{
    FetchRequest request;
    request.url = url;
    request.maxBytes = maxBytes;
    request.deadlineMs = deadlineMs;
    request.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                     "text/html;q=0.9, */*;q=0.5";
    return request;
}

} // namespace

FeedDiscoverer::FeedDiscoverer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_fetcher(new HttpFetcher(network, this))
{ }

void FeedDiscoverer::discover(const QUrl &url, Done done)
{
    m_fetcher->get(
        requestFor(url, 8 * 1024 * 1024, 30'000), [this, url, done](const FetchResult &result) {
            if (!result.ok()) {
                done({}, result.error);
                return;
            }
            auto *watcher = new QFutureWatcher<Reading>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result, done] {
                watcher->deleteLater();
                const Reading reading = watcher->result();
                if (reading.isFeed) {
                    done({ { result.finalUrl, reading.title,
                             result.contentType.section(QLatin1Char(';'), 0, 0) } },
                        {});
                    return;
                }
                if (!reading.links.isEmpty()) {
                    done(reading.links, {});
                    return;
                }
                probe(feeds::usualFeedLocations(result.finalUrl), result.finalUrl, done);
            });
            watcher->setFuture(QtConcurrent::run(read, result));
        });
}

void FeedDiscoverer::probe(QList<QUrl> candidates, const QUrl &page, Done done)
{
    if (candidates.isEmpty()) {
        done({},
            Text::tr("No feed found at %1 or at the usual places on its site.")
                .arg(page.toDisplayString()));
        return;
    }
    const QUrl next = candidates.takeFirst();
    m_fetcher->get(requestFor(next, 4 * 1024 * 1024, 10'000),
        [this, candidates, page, done](const FetchResult &result) {
            if (!result.ok()) {
                probe(candidates, page, done);
                return;
            }
            auto *watcher = new QFutureWatcher<Reading>(this);
            connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, result, candidates, page, done] {
                    watcher->deleteLater();
                    const Reading reading = watcher->result();
                    if (reading.isFeed)
                        done({ { result.finalUrl, reading.title,
                                 result.contentType.section(QLatin1Char(';'), 0, 0) } },
                            {});
                    else
                        probe(candidates, page, done);
                });
            watcher->setFuture(QtConcurrent::run(read, result));
        });
}

} // namespace oqy
