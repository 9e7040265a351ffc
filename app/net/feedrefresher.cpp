#include "feedrefresher.h"

#include "extract/siterules.h"
#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "feeds/newslist.h"
#include "httpfetcher.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace oqy {

QList<RefreshTarget> RefreshTarget::load(Database &db, const QList<qint64> &feedIds)
{
    QList<RefreshTarget> targets;
    Statement st = db.prepare("SELECT id, url, coalesce(etag, ''), coalesce(last_modified, ''), "
                              "body_hash, kind FROM feeds ORDER BY id");
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (!feedIds.isEmpty() && !feedIds.contains(id))
            continue;
        RefreshTarget target;
        target.feedId = id;
        target.url = QUrl(st.text(1));
        target.kind
            = st.text(5) == QLatin1String("newslist") ? Feed::Kind::NewsList : Feed::Kind::Feed;
        target.etag = st.text(2);
        target.lastModified = st.text(3);
        target.bodyHash = st.blob(4);
        targets.append(target);
    }
    return targets;
}

FeedRefresher::FeedRefresher(StorageWriter *writer, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_fetcher(new HttpFetcher(network, this))
{
    m_template.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                        "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    m_template.maxBytes = feeds::MaxFeedBytes;
    m_rules = std::make_shared<const extract::SiteRules>(extract::SiteRules::builtIn());
}

void FeedRefresher::setSiteRulesPath(const QString &userRulesPath)
{
    extract::SiteRules rules = extract::SiteRules::builtIn();
    rules.overrideWith(extract::SiteRules::loadUserFile(userRulesPath));
    m_rules = std::make_shared<const extract::SiteRules>(std::move(rules));
}

void FeedRefresher::setConcurrency(int total, int perHost)
{
    m_maxTotal = qMax(1, total);
    m_maxPerHost = qMax(1, perHost);
}

void FeedRefresher::start(const QList<RefreshTarget> &targets)
{
    if (m_total == 0)
        m_summary = {};
    m_queue += targets;
    m_total += int(targets.size());
    emit progress(m_done, m_total);
    if (m_total == 0) {
        emit finished(m_summary);
        return;
    }
    pump();
}

void FeedRefresher::cancel()
{
    if (m_total == 0)
        return;
    m_total -= int(m_queue.size());
    m_queue.clear();
    if (m_done == m_total && m_running == 0) {
        const RefreshSummary summary = m_summary;
        m_done = m_total = 0;
        emit finished(summary);
    }
}

void FeedRefresher::pump()
{
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_maxTotal;) {
        const QString host = m_queue[i].url.host();
        if (m_perHost.value(host) >= m_maxPerHost) {
            ++i;
            continue;
        }
        const RefreshTarget target = m_queue.takeAt(i);
        ++m_running;
        ++m_perHost[host];
        FetchRequest request = m_template;
        request.url = target.url;
        request.etag = target.etag;
        request.lastModified = target.lastModified;
        m_fetcher->get(request, [this, target](const FetchResult &result) {
            --m_running;
            --m_perHost[target.url.host()];
            fetched(target, result);
            pump();
        });
    }
}

void FeedRefresher::fetched(const RefreshTarget &target, const FetchResult &result)
{
    if (!result.ok()) {
        const qint64 id = target.feedId;
        const QString error = result.error;
        m_writer->submit([id, error](Database &db) { FeedStore(db).recordFailure(id, error); },
            this,
            [this, id, error](const QString &) {
                complete({ id, error });
            });
        return;
    }
    if (result.notModified) {
        const qint64 id = target.feedId;
        m_writer->submit([id](Database &db) { FeedStore(db).recordUnchanged(id); }, this,
            [this, id](const QString &e) {
                complete({ id, e, true });
            });
        return;
    }
    // Servers that send no validators still often send the same bytes: skip the parse then.
    const QByteArray hash = QCryptographicHash::hash(result.body, QCryptographicHash::Sha256);
    if (hash == target.bodyHash) {
        const qint64 id = target.feedId;
        const qint64 bytes = result.body.size();
        m_writer->submit([id](Database &db) { FeedStore(db).recordUnchanged(id); }, this,
            [this, id, bytes](const QString &e) {
                complete({ id, e, true, 0, bytes });
            });
        return;
    }
    store(target, result);
}

void FeedRefresher::store(const RefreshTarget &target, const FetchResult &result)
{
    auto *watcher = new QFutureWatcher<feeds::FeedItems>(this);
    auto error = std::make_shared<QString>();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target, result, error] {
        watcher->deleteLater();
        const feeds::FeedItems items = watcher->result();
        const qint64 id = target.feedId;
        const qint64 bytes = result.body.size();
        if (!error->isEmpty()) {
            const QString message = *error;
            m_writer->submit(
                [id, message](Database &db) { FeedStore(db).recordFailure(id, message); }, this,
                [this, id, message, bytes](const QString &) {
                    complete({ id, message, false, 0, bytes });
                });
            return;
        }
        FeedStore::Validators validators { result.etag, result.lastModified,
            QCryptographicHash::hash(result.body, QCryptographicHash::Sha256) };
        const QString newUrl = result.movedPermanently ? result.finalUrl.toString() : QString();
        auto added = std::make_shared<int>(0);
        m_writer->submit(
            [id, items, validators, newUrl, added](Database &db) {
                FeedStore feeds(db);
                if (!newUrl.isEmpty())
                    feeds.updateUrl(id, newUrl);
                feeds.recordSuccess(id, items.title, items.siteUrl, validators);
                *added = int(ArticleStore(db).saveFromFeed(id, items.articles).newIds.size());
            },
            this,
            [this, id, added, bytes](const QString &e) {
                complete({ id, e, false, *added, bytes });
            });
    });
    const QUrl base = result.finalUrl.isValid() ? result.finalUrl : target.url;
    watcher->setFuture(QtConcurrent::run(
        [body = result.body, base, result, error, kind = target.kind, rules = m_rules] {
            if (kind == Feed::Kind::NewsList) {
                // An outlet's list page: its news links are the items.
                feeds::NewsListOptions options;
                options.contentType = result.contentType;
                options.rules = rules.get();
                return feeds::parseNewsList(body, base, options, error.get());
            }
            feeds::FeedContext context;
            context.url = base;
            context.contentType = result.contentType;
            context.contentLocation = result.contentLocation;
            context.contentLanguage = result.contentLanguage;
            const feeds::FeedDocument doc = feeds::parseFeed(body, context);
            if (!doc.isFeed()) {
                *error = doc.error;
                return feeds::FeedItems {};
            }
            return feeds::articlesFromFeed(doc, base);
        }));
}

void FeedRefresher::complete(const FeedOutcome &outcome)
{
    ++m_done;
    ++m_summary.feeds;
    if (!outcome.error.isEmpty())
        ++m_summary.failed;
    if (outcome.unchanged)
        ++m_summary.unchanged;
    m_summary.newArticles += outcome.newArticles;
    m_summary.bytes += outcome.bytes;
    emit feedFinished(outcome);
    emit progress(m_done, m_total);
    if (m_done == m_total && m_running == 0 && m_queue.isEmpty()) {
        const RefreshSummary summary = m_summary;
        m_done = m_total = 0;
        emit finished(summary);
    }
}

} // namespace oqy
