#include "feeddiscoverer.h"

#include "extract/siterules.h"
#include "feeds/feedparser.h"
#include "feeds/newslist.h"
#include "net/httpfetcher.h"

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
    int newsItems = 0;
};

// Off the GUI thread: is the body a feed, and if not, which feeds does it announce, and does it
// list news itself?
Reading read(const FetchResult &result, const QString &siteRulesPath, bool askNewsList)
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
    if (reading.links.isEmpty() && askNewsList) {
        extract::SiteRules rules = extract::SiteRules::builtIn();
        rules.overrideWith(extract::SiteRules::loadUserFile(siteRulesPath));
        feeds::NewsListOptions options;
        options.contentType = result.contentType;
        options.rules = &rules;
        reading.newsItems
            = int(feeds::parseNewsList(result.body, result.finalUrl, options).articles.size());
    }
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

bool mayPass(const FetchResult &result)
{
    return result.status == 0 || result.status == 408 || result.status == 429
        || result.status >= 500;
}

} // namespace

FeedDiscoverer::FeedDiscoverer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_fetcher(new HttpFetcher(network, this))
{ }

void FeedDiscoverer::discover(const QUrl &url, Done done, const Credentials &credentials)
{
    m_credentials = credentials;
    FetchRequest request = requestFor(url, 8 * 1024 * 1024, 30'000);
    request.credentials = credentials;
    m_fetcher->get(request, [this, url, done](const FetchResult &result) {
        if (!result.ok()) {
            Discovery failed;
            failed.error = result.error;
            failed.unreachable = mayPass(result);
            failed.authRequired = result.authRequired;
            done(failed);
            return;
        }
        auto *watcher = new QFutureWatcher<Reading>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result, done] {
            watcher->deleteLater();
            const Reading reading = watcher->result();
            Discovery found;
            if (reading.isFeed) {
                found.feeds = { { result.finalUrl, reading.title,
                    result.contentType.section(QLatin1Char(';'), 0, 0) } };
                done(found);
                return;
            }
            if (!reading.links.isEmpty()) {
                found.feeds = reading.links;
                done(found);
                return;
            }
            probe(feeds::usualFeedLocations(result.finalUrl), result.finalUrl, reading.newsItems,
                done);
        });
        watcher->setFuture(QtConcurrent::run(read, result, m_siteRulesPath, true));
    });
}

void FeedDiscoverer::probe(QList<QUrl> candidates, const QUrl &page, int newsItems, Done done)
{
    if (candidates.isEmpty()) {
        Discovery found;
        if (newsItems >= MinNewsItems) {
            found.newsList = true;
            found.newsItems = newsItems;
            done(found);
            return;
        }
        found.error = Text::tr("No feed found at %1 or at the usual places on its site, and the "
                               "page lists no news Oqy could read instead.")
                          .arg(page.toDisplayString());
        done(found);
        return;
    }
    const QUrl next = candidates.takeFirst();
    FetchRequest request = requestFor(next, 4 * 1024 * 1024, 10'000);
    if (next.host() == page.host())
        request.credentials = m_credentials;
    m_fetcher->get(request, [this, candidates, page, newsItems, done](const FetchResult &result) {
        if (!result.ok()) {
            probe(candidates, page, newsItems, done);
            return;
        }
        auto *watcher = new QFutureWatcher<Reading>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, result, candidates, page, newsItems, done] {
                watcher->deleteLater();
                const Reading reading = watcher->result();
                if (!reading.isFeed) {
                    probe(candidates, page, newsItems, done);
                    return;
                }
                Discovery found;
                found.feeds = { { result.finalUrl, reading.title,
                    result.contentType.section(QLatin1Char(';'), 0, 0) } };
                done(found);
            });
        watcher->setFuture(QtConcurrent::run(read, result, m_siteRulesPath, false));
    });
}

} // namespace oqy
