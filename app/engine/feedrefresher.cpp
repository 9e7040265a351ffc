#include "feedrefresher.h"

#include "secrets/secretstore.h"

#include "core/refreshschedule.h"
#include "extract/siterules.h"
#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "feeds/newslist.h"
#include "net/httpfetcher.h"
#include "regions/regiontagger.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace oqy {

namespace {

// Each item's regions, from its own title and text (the feed's teaser; the article page, when it
// is fetched later, tags again with the whole text).
feeds::FeedItems tagRegions(feeds::FeedItems items)
{
    const regions::RegionTagger tagger;
    for (Article &article : items.articles)
        article.regions = tagger.tag(article.title, article.text);
    return items;
}

} // namespace

QList<RefreshTarget> RefreshTarget::load(
    Database &db, const QList<qint64> &feedIds, Selection selection, const QDateTime &now)
{
    QList<RefreshTarget> targets;
    Statement st = db.prepare("SELECT id, url, coalesce(etag, ''), coalesce(last_modified, ''), "
                              "body_hash, kind, failure_count, coalesce(refresh_minutes, 0), "
                              "next_attempt, retry_after, coalesce(secret_id, '') FROM feeds "
                              // an account's feeds come from its server (sync/accountsync.h)
                              "WHERE account_id IS NULL ORDER BY id");
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (!feedIds.isEmpty() && !feedIds.contains(id))
            continue;
        const QDateTime next = st.dateTime(8);
        if (selection == Selection::Due && next.isValid() && next > now)
            continue;
        RefreshTarget target;
        target.feedId = id;
        target.url = QUrl(st.text(1));
        target.kind
            = st.text(5) == QLatin1String("newslist") ? Feed::Kind::NewsList : Feed::Kind::Feed;
        target.etag = st.text(2);
        target.lastModified = st.text(3);
        target.bodyHash = st.blob(4);
        target.failureCount = st.integer(6);
        target.refreshMinutes = st.integer(7);
        target.nextAttempt = next;
        target.retryAfter = st.dateTime(9);
        target.secretId = st.text(10);
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
    // QNetworkAccessManager opens at most 6 connections per server and queues the rest; a queued
    // request's idle timer would run while it waits, so Oqy never hands it more than that.
    m_maxPerHost = qBound(1, perHost, 6);
}

void FeedRefresher::start(const QList<RefreshTarget> &targets)
{
    if (m_total == 0)
        m_summary = {};
    // A server that answered 429/503 with Retry-After is not asked before that time, even when
    // the reader presses Refresh: asking again only prolongs the ban.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FeedOutcome> deferred;
    QList<RefreshTarget> waitingForSecret;
    for (const RefreshTarget &target : targets) {
        if (target.retryAfter.isValid() && target.retryAfter > now) {
            FeedOutcome outcome;
            outcome.feedId = target.feedId;
            outcome.deferred = true;
            deferred.append(outcome);
        } else if (!target.secretId.isEmpty()) {
            waitingForSecret.append(target);
            m_unfinished.insert(target.feedId, target);
        } else {
            m_queue.append(target);
            m_unfinished.insert(target.feedId, target);
        }
    }
    m_total += int(targets.size());
    emit progress(m_done, m_total);
    if (m_total == 0) {
        emit finished(m_summary);
        return;
    }
    pump();
    for (const FeedOutcome &outcome : std::as_const(deferred))
        complete(outcome);
    // Credentials come from the keychain just before their feed is fetched, and are kept in
    // memory only for that request.
    for (RefreshTarget target : std::as_const(waitingForSecret)) {
        if (!m_secrets) {
            recordFailure(target,
                tr("This feed's password is in the system keychain, which Oqy "
                   "cannot use here."),
                {}, 0, true);
            continue;
        }
        m_secrets->read(target.secretId,
            [this, target, generation = m_generation](
                const Credentials &credentials, const QString &error) mutable {
                if (!current(generation))
                    return;
                if (!error.isEmpty()) {
                    recordFailure(target, error, {}, 0, true);
                    return;
                }
                target.credentials = credentials;
                m_queue.append(target);
                pump();
            });
    }
}

int FeedRefresher::intervalOf(const RefreshTarget &target) const
{
    return target.refreshMinutes > 0 ? target.refreshMinutes : m_defaultMinutes;
}

void FeedRefresher::recordFailure(const RefreshTarget &target, const QString &error,
    const QDateTime &retryAfter, qint64 bytes, bool authRequired)
{
    const qint64 id = target.feedId;
    const QDateTime next = schedule::afterFailure(
        QDateTime::currentDateTimeUtc(), intervalOf(target), target.failureCount + 1, retryAfter);
    m_writer->submit(
        [id, error, next, retryAfter](
            Database &db) { FeedStore(db).recordFailure(id, error, next, retryAfter); },
        this,
        [this, id, error, bytes, authRequired, hasSecret = !target.secretId.isEmpty(),
            generation = m_generation](const QString &) {
            if (!current(generation))
                return;
            FeedOutcome outcome { id, error, false, 0, bytes };
            outcome.needsCredentials = authRequired;
            outcome.hasSecret = hasSecret;
            complete(outcome);
        });
}

void FeedRefresher::recordUnchanged(const RefreshTarget &target, qint64 bytes)
{
    const qint64 id = target.feedId;
    const QDateTime next
        = schedule::afterSuccess(QDateTime::currentDateTimeUtc(), intervalOf(target));
    m_writer->submit([id, next](Database &db) { FeedStore(db).recordUnchanged(id, next); }, this,
        [this, id, bytes, generation = m_generation](const QString &e) {
            if (current(generation))
                complete({ id, e, true, 0, bytes });
        });
}

void FeedRefresher::cancel()
{
    if (m_total == 0)
        return;
    m_total -= int(m_queue.size());
    for (const RefreshTarget &dropped : std::as_const(m_queue))
        m_unfinished.remove(dropped.feedId);
    m_queue.clear();
    if (m_done == m_total && m_running == 0) {
        const RefreshSummary summary = m_summary;
        m_done = m_total = 0;
        m_unfinished.clear();
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
        request.credentials = target.credentials;
        m_fetcher->get(request, [this, target, generation = m_generation](const FetchResult &result) {
            if (!current(generation))
                return;
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
        recordFailure(target, result.error, result.retryAfter, 0, result.authRequired);
        return;
    }
    if (result.notModified) {
        recordUnchanged(target, 0);
        return;
    }
    // Servers that send no validators still often send the same bytes: skip the parse then.
    const QByteArray hash = QCryptographicHash::hash(result.body, QCryptographicHash::Sha256);
    if (hash == target.bodyHash) {
        recordUnchanged(target, result.body.size());
        return;
    }
    store(target, result);
}

void FeedRefresher::store(const RefreshTarget &target, const FetchResult &result)
{
    auto *watcher = new QFutureWatcher<feeds::FeedItems>(this);
    auto error = std::make_shared<QString>();
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, target, result, error, generation = m_generation] {
        watcher->deleteLater();
        if (!current(generation))
            return;
        const feeds::FeedItems items = watcher->result();
        const qint64 id = target.feedId;
        const qint64 bytes = result.body.size();
        if (!error->isEmpty()) {
            recordFailure(target, *error, {}, bytes);
            return;
        }
        FeedStore::Validators validators { result.etag, result.lastModified,
            QCryptographicHash::hash(result.body, QCryptographicHash::Sha256) };
        const QString newUrl = result.movedPermanently ? result.finalUrl.toString() : QString();
        const QDateTime next
            = schedule::afterSuccess(QDateTime::currentDateTimeUtc(), intervalOf(target));
        auto added = std::make_shared<int>(0);
        m_writer->submit(
            [id, items, validators, newUrl, next, added](Database &db) {
                FeedStore feeds(db);
                if (!newUrl.isEmpty())
                    feeds.updateUrl(id, newUrl);
                feeds.recordSuccess(id, items.title, items.siteUrl, validators, next);
                *added = int(ArticleStore(db).saveFromFeed(id, items.articles).newIds.size());
            },
            this,
            [this, id, added, bytes, generation](const QString &e) {
                if (current(generation))
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
                return tagRegions(feeds::parseNewsList(body, base, options, error.get()));
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
            if (doc.bozo && doc.entries.isEmpty()) {
                // Recovered from a body cut short or mangled, with nothing in it: a failure, so
                // that the feed's state (and validators) stay those of the last good copy.
                *error = QCoreApplication::translate(
                    "FeedRefresher", "The feed is broken and no article could be read from it: %1")
                             .arg(doc.bozoMessage);
                return feeds::FeedItems {};
            }
            return tagRegions(feeds::articlesFromFeed(doc, base));
        }));
}

void FeedRefresher::abandon(const QString &error)
{
    if (m_total == 0)
        return;
    ++m_generation;
    const QList<RefreshTarget> unfinished = m_unfinished.values();
    m_queue.clear();
    m_perHost.clear();
    m_running = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RefreshTarget &target : unfinished) {
        // Recorded without waiting: the writer may be what is stuck.
        const QDateTime next
            = schedule::afterFailure(now, intervalOf(target), target.failureCount + 1, {});
        m_writer->submit([id = target.feedId, error, next](Database &db) {
            FeedStore(db).recordFailure(id, error, next);
        });
        complete({ target.feedId, error, false, 0, 0 });
    }
    if (m_total > 0) { // every feed was finished before: nothing left to end
        const RefreshSummary summary = m_summary;
        m_done = m_total = 0;
        m_unfinished.clear();
        emit finished(summary);
    }
}

void FeedRefresher::complete(const FeedOutcome &outcome)
{
    m_unfinished.remove(outcome.feedId);
    ++m_done;
    ++m_summary.feeds;
    if (!outcome.error.isEmpty())
        ++m_summary.failed;
    if (outcome.unchanged)
        ++m_summary.unchanged;
    if (outcome.deferred)
        ++m_summary.deferred;
    m_summary.newArticles += outcome.newArticles;
    m_summary.bytes += outcome.bytes;
    emit feedFinished(outcome);
    emit progress(m_done, m_total);
    if (m_done == m_total && m_running == 0 && m_queue.isEmpty()) {
        const RefreshSummary summary = m_summary;
        m_done = m_total = 0;
        m_unfinished.clear();
        emit finished(summary);
    }
}

} // namespace oqy
