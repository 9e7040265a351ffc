#include "refresh.h"

#include "accountsyncer.h"
#include "maintenance.h"
#include "session.h"
#include "storage/accountstore.h"
#include "storage/articlestore.h"
#include "storage/imagestore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace oqy {

namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Refresh)
};

// How many rounds the busiest host needs when each host takes `perHost` requests at a time.
int roundsForBusiestHost(const QList<QUrl> &urls, int perHost)
{
    QHash<QString, int> perHostCount;
    int busiest = 0;
    for (const QUrl &url : urls)
        busiest = std::max(busiest, ++perHostCount[url.host()]);
    return (busiest + perHost - 1) / perHost;
}

} // namespace

Refresh::Refresh(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_syncer(new AccountSyncer(session.dataDir().databasePath(), &session.secrets(), this))
    , m_feeds(new FeedRefresher(&session.writer(), &session.network(), this))
    , m_pages(new ArticleCacher(&session.writer(), &session.network(),
          session.dataDir().imagesPath(), session.dataDir().siteRulesPath(), this))
{
    m_feeds->setSiteRulesPath(session.dataDir().siteRulesPath());
    m_feeds->setSecretStore(&session.secrets());
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Refresh::overdue);

    connect(m_syncer, &AccountSyncer::finished, this,
        [this](int newArticles, const QStringList &errors) {
            if (m_stage != Stage::Sync)
                return;
            m_report.syncedArticles = newArticles;
            m_report.syncErrors = errors;
            emit accountsSynced(newArticles, errors);
            startFeeds();
        });
    connect(m_feeds, &FeedRefresher::progress, this,
        [this](int done, int total) { emit progress(Stage::Feeds, done, total); });
    connect(m_feeds, &FeedRefresher::feedFinished, this, &Refresh::feedFinished);
    connect(m_feeds, &FeedRefresher::finished, this, [this](const RefreshSummary &summary) {
        if (m_stage != Stage::Feeds)
            return;
        m_report.feeds = summary;
        emit feedsStored(summary);
        startPages();
    });
    connect(m_pages, &ArticleCacher::progress, this,
        [this](int done, int total) { emit progress(Stage::Pages, done, total); });
    connect(m_pages, &ArticleCacher::pageCached, this, &Refresh::pageCached);
    connect(m_pages, &ArticleCacher::finished, this, [this](const CacheSummary &summary) {
        if (m_stage != Stage::Pages)
            return;
        m_report.offline = summary;
        startRetention();
    });
}

Refresh::~Refresh() = default;

void Refresh::setStageDeadline(Stage stage, milliseconds deadline)
{
    if (deadline.count() > 0)
        m_deadlineOverrides.insert(stage, deadline);
    else
        m_deadlineOverrides.remove(stage);
}

void Refresh::start(const RefreshPlan &plan)
{
    if (isRunning()) {
        // A feed just added joins the download under way; anything else waits for its turn.
        if (m_stage == Stage::Feeds && !plan.feedIds.isEmpty() && !m_cancelled) {
            QList<qint64> fresh;
            for (qint64 id : plan.feedIds)
                if (!m_feedsInRun.contains(id))
                    fresh.append(id);
            try {
                const QList<RefreshTarget> targets
                    = RefreshTarget::load(m_session.reader(), fresh, plan.selection);
                for (const RefreshTarget &t : targets)
                    m_feedsInRun.insert(t.feedId);
                m_feeds->start(targets);
            } catch (const SqlError &) {
                m_next.append(plan);
            }
            return;
        }
        m_next.append(plan);
        return;
    }
    m_plan = plan;
    m_report = {};
    m_report.started = QDateTime::currentDateTimeUtc();
    m_feedsInRun.clear();
    m_cancelled = false;
    startSync();
}

void Refresh::cancel()
{
    m_next.clear();
    if (!isRunning())
        return;
    m_cancelled = true;
    switch (m_stage) {
    case Stage::Sync:
        m_syncer->abandon(Text::tr("Stopped before the sync had finished."));
        break;
    case Stage::Feeds:
        m_feeds->cancel();
        break;
    case Stage::Pages:
        m_pages->cancel();
        break;
    case Stage::Retention:
    case Stage::Idle:
        break;
    }
}

void Refresh::enter(Stage stage, milliseconds deadline)
{
    m_stage = stage;
    m_deadline.start(deadlineFor(stage, deadline));
    emit stageStarted(stage);
}

milliseconds Refresh::deadlineFor(Stage stage, milliseconds computed) const
{
    return m_deadlineOverrides.value(stage, computed);
}

void Refresh::startSync()
{
    QList<Account> accounts;
    if (m_plan.syncAccounts && m_plan.feedIds.isEmpty() && !m_cancelled) {
        try {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const Account &a : AccountStore(m_session.reader()).all())
                if (m_plan.selection == RefreshTarget::Selection::All || !a.lastSync.isValid()
                    || a.lastSync.addSecs(qint64(m_plan.defaultIntervalMinutes) * 60) <= now)
                    accounts.append(a);
        } catch (const SqlError &e) {
            m_report.syncErrors.append(e.message());
        }
    }
    if (accounts.isEmpty()) {
        startFeeds();
        return;
    }
    // A sync is a few requests per account plus the new items' texts: minutes would be plenty.
    enter(Stage::Sync, minutes(5) * accounts.size());
    m_syncer->start(accounts);
}

void Refresh::startFeeds()
{
    QList<RefreshTarget> targets;
    if (!m_cancelled) {
        try {
            targets = RefreshTarget::load(m_session.reader(), m_plan.feedIds, m_plan.selection);
        } catch (const SqlError &e) {
            m_report.syncErrors.append(e.message());
        }
    }
    if (targets.isEmpty()) {
        startPages();
        return;
    }
    QList<QUrl> urls;
    for (const RefreshTarget &t : std::as_const(targets)) {
        m_feedsInRun.insert(t.feedId);
        urls.append(t.url);
    }
    const milliseconds perFeed = seconds(m_plan.feedTimeoutSeconds);
    m_feeds->setDefaultInterval(m_plan.defaultIntervalMinutes);
    m_feeds->setTimeouts(int(perFeed.count()), int(std::min<milliseconds>(perFeed, seconds(20)).count()));
    // Every download ends by its own deadline; parsing and storing take seconds. Enough rounds
    // for the busiest host, and for the total concurrency, plus two more, is never too tight.
    const int rounds = roundsForBusiestHost(urls, FeedRefresher::DefaultPerHost)
        + int(targets.size()) / FeedRefresher::DefaultTotal + 2;
    enter(Stage::Feeds, perFeed * rounds + minutes(1));
    m_feeds->start(targets);
}

void Refresh::startPages()
{
    QList<ArticleStore::PageToFetch> pages;
    QStringList images;
    if (m_plan.savePages && !m_cancelled && !m_session.isOffline()) {
        try {
            pages = ArticleStore(m_session.reader()).pendingPages(20000);
            images = ImageStore(m_session.reader()).pending(50000);
        } catch (const SqlError &e) {
            m_report.syncErrors.append(e.message());
        }
    }
    if (pages.isEmpty() && images.isEmpty()) {
        startRetention();
        return;
    }
    QList<QUrl> urls;
    for (const auto &page : std::as_const(pages))
        urls.append(QUrl(page.url));
    for (const QString &image : std::as_const(images))
        urls.append(QUrl(image));
    // Photos found on the pages join later: twice the rounds the known work needs.
    const FetchRequest defaults;
    const int rounds = 2 * (roundsForBusiestHost(urls, ArticleCacher::DefaultPerHost) + 2);
    enter(Stage::Pages, std::max<milliseconds>(minutes(10), milliseconds(defaults.deadlineMs) * rounds));
    m_pages->start(pages, images);
}

void Refresh::startRetention()
{
    if (!m_plan.retention || m_cancelled) {
        finish();
        return;
    }
    RetentionPolicy policy = *m_plan.retention;
    if (policy.keepDays <= 0 && policy.maxCacheBytes <= 0) {
        finish();
        return;
    }
    policy.keepReceivedSince = m_report.started;
    enter(Stage::Retention, minutes(5));
    const quint64 run = ++m_retentionRun;
    m_session.maintenance().applyRetention(
        policy, [this, run](const RetentionResult &result, const QString &error) {
            if (run != m_retentionRun || m_stage != Stage::Retention)
                return;
            m_report.removedArticles = result.articles;
            if (!error.isEmpty())
                m_report.syncErrors.append(
                    Text::tr("Old articles could not be removed: %1").arg(error));
            finish();
        });
}

void Refresh::finish()
{
    m_deadline.stop();
    m_stage = Stage::Idle;
    const RefreshReport report = m_report;
    emit finished(report);
    if (m_next.isEmpty())
        return;
    // What was asked meanwhile runs now, as one refresh, in a new turn of the event loop.
    QTimer::singleShot(0, this, [this] {
        if (isRunning() || m_next.isEmpty())
            return;
        RefreshPlan plan = m_next.takeFirst();
        for (const RefreshPlan &more : std::as_const(m_next)) {
            plan.syncAccounts = plan.syncAccounts || more.syncAccounts;
            if (more.selection == RefreshTarget::Selection::All)
                plan.selection = RefreshTarget::Selection::All;
            if (plan.feedIds.isEmpty() || more.feedIds.isEmpty()) {
                plan.feedIds.clear(); // one of them asked for every feed
                continue;
            }
            for (qint64 id : more.feedIds)
                if (!plan.feedIds.contains(id))
                    plan.feedIds.append(id);
        }
        m_next.clear();
        start(plan);
    });
}

QString Refresh::overdueMessage() const
{
    const qint64 secs = std::chrono::duration_cast<seconds>(
        m_deadline.intervalAsDuration()).count();
    return Text::tr("The refresh of this feed did not finish within %1 seconds and was stopped; "
                    "it is tried again at the next refresh.")
        .arg(secs);
}

void Refresh::overdue()
{
    switch (m_stage) {
    case Stage::Sync:
        m_report.overdueStages.append(QStringLiteral("sync"));
        m_syncer->abandon(Text::tr("The sync did not finish in time and was stopped."));
        break;
    case Stage::Feeds:
        m_report.overdueStages.append(QStringLiteral("feeds"));
        m_feeds->abandon(overdueMessage());
        break;
    case Stage::Pages:
        m_report.overdueStages.append(QStringLiteral("pages"));
        m_pages->abandon();
        break;
    case Stage::Retention:
        m_report.overdueStages.append(QStringLiteral("retention"));
        ++m_retentionRun;
        finish();
        break;
    case Stage::Idle:
        break;
    }
}

} // namespace oqy
