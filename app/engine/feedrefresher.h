#pragma once

#include "core/feed.h"
#include "net/fetchresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace oqy {

class Database;
class HttpFetcher;
class SecretStore;
class StorageWriter;
namespace extract {
class SiteRules;
}

// One feed to refresh, with what the last refresh left for a conditional GET.
struct RefreshTarget
{
    qint64 feedId = 0;
    QUrl url;
    Feed::Kind kind = Feed::Kind::Feed;
    QString etag;
    QString lastModified;
    QByteArray bodyHash;
    int failureCount = 0; // failures in a row so far
    int refreshMinutes = 0; // the feed's own interval; 0: the refresher's default
    QDateTime nextAttempt;
    QDateTime retryAfter; // the server asked for no request before this
    QString secretId; // credentials in the system keychain (read just before the request)
    Credentials credentials;

    enum class Selection {
        All, // a refresh the reader asked for
        Due, // an automatic one: only feeds whose next attempt has come
    };
    // The targets for the given feeds (all when empty), read from `db`.
    static QList<RefreshTarget> load(Database &db, const QList<qint64> &feedIds = {},
        Selection selection = Selection::All,
        const QDateTime &now = QDateTime::currentDateTimeUtc());
};

struct FeedOutcome
{
    qint64 feedId = 0;
    QString error; // empty on success
    bool unchanged = false;
    int newArticles = 0;
    qint64 bytes = 0;
    // Not asked at all: its server asked Oqy to wait (Retry-After) and the time has not come.
    bool deferred = false;
    // 401/403: the feed needs credentials, or refused the ones stored (hasSecret tells which).
    bool needsCredentials = false;
    bool hasSecret = false;
};

struct RefreshSummary
{
    int feeds = 0;
    int failed = 0;
    int unchanged = 0;
    int deferred = 0;
    int newArticles = 0;
    qint64 bytes = 0;
};

// Refreshes feeds concurrently (bounded in total and per host, so that one outlet's server is not
// hammered): GET with validators → parse off the GUI thread → store through the writer thread.
// Per-feed failures are recorded on the feed and reported; they never stop the other feeds.
class FeedRefresher : public QObject
{
    Q_OBJECT
public:
    FeedRefresher(StorageWriter *writer, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Many outlets at once, few requests to each: politeness is per host, speed from breadth.
    static constexpr int DefaultTotal = 32;
    static constexpr int DefaultPerHost = 2;

    void setConcurrency(int total, int perHost);
    void setRequestTemplate(const FetchRequest &request) { m_template = request; }
    // One feed's whole download, and the longest silence within it.
    void setTimeouts(int deadlineMs, int idleMs)
    {
        m_template.deadlineMs = deadlineMs;
        m_template.idleTimeoutMs = idleMs;
    }
    // The interval of feeds without their own (minutes); failures back off from it.
    void setDefaultInterval(int minutes) { m_defaultMinutes = qMax(1, minutes); }
    // The built-in site rules plus the user's file (news-list pages use their "list" rules).
    void setSiteRulesPath(const QString &userRulesPath);
    // Where feeds' credentials are read from; without it a feed that has some fails clearly.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    bool isRunning() const { return m_total > 0; }

    // Starts refreshing `targets`; a refresh already running gets them appended.
    void start(const QList<RefreshTarget> &targets);
    // Drops the feeds not yet started; those in flight finish, then `finished` follows.
    void cancel();
    // Ends the refresh now: every feed not finished yet (queued, downloading, being read or
    // stored) is finished with `error`, recorded on the feed, and `finished` follows at once. What
    // those feeds' downloads, parses or writes report later is ignored.
    void abandon(const QString &error);

signals:
    void progress(int done, int total);
    void feedFinished(const oqy::FeedOutcome &outcome);
    void finished(const oqy::RefreshSummary &summary);

private:
    void pump();
    void fetched(const RefreshTarget &target, const FetchResult &result);
    void store(const RefreshTarget &target, const FetchResult &result);
    void complete(const FeedOutcome &outcome);
    // Whether a callback started in refresh `generation` still belongs to the running one.
    bool current(quint64 generation) const { return generation == m_generation; }
    int intervalOf(const RefreshTarget &target) const;
    void recordFailure(const RefreshTarget &target, const QString &error,
        const QDateTime &retryAfter, qint64 bytes = 0, bool authRequired = false);
    void recordUnchanged(const RefreshTarget &target, qint64 bytes);

    StorageWriter *m_writer;
    SecretStore *m_secrets = nullptr;
    HttpFetcher *m_fetcher;
    FetchRequest m_template;
    QList<RefreshTarget> m_queue;
    QHash<QString, int> m_perHost;
    int m_maxTotal = DefaultTotal;
    int m_maxPerHost = DefaultPerHost;
    int m_defaultMinutes = 30;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    RefreshSummary m_summary;
    QHash<qint64, RefreshTarget> m_unfinished; // by feed id: what abandon() still has to end
    quint64 m_generation = 0; // a new one after abandon(): late callbacks see they are stale
    std::shared_ptr<const extract::SiteRules> m_rules;
};

} // namespace oqy
