#pragma once

#include "articlecacher.h"
#include "core/refreshschedule.h"
#include "feedrefresher.h"
#include "storage/retention.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace oqy {

class AccountSyncer;
class Session;

// What one refresh is asked to do; the reader's settings come in here from the front end.
struct RefreshPlan
{
    RefreshTarget::Selection selection = RefreshTarget::Selection::All;
    QList<qint64> feedIds; // only these feeds (empty: every feed of the selection)
    bool syncAccounts = true; // sync accounts first (with Selection::Due: those due)
    bool savePages = true; // then article pages and photos, for offline reading
    int defaultIntervalMinutes = schedule::DefaultIntervalMinutes;
    int feedTimeoutSeconds = 60; // one feed's download, redirects included
    // Applied at the end; what this refresh stored is never removed by it.
    std::optional<RetentionPolicy> retention;
};

struct RefreshReport
{
    RefreshSummary feeds;
    CacheSummary offline;
    int syncedArticles = 0;
    QStringList syncErrors; // "user@server: reason"
    int removedArticles = 0; // by retention
    QStringList overdueStages; // stages stopped at their deadline, for the reader ("feeds"…)
    QDateTime started;
};

// One refresh, the whole pipeline, for the window and oqy-cli alike: sync accounts, download the
// feeds (parse, tag regions, store), save the new articles' pages and photos for offline reading,
// apply retention. Each stage has a deadline: when it passes, whatever of the stage is still
// unfinished ends with a clear error of its own (per feed), and the refresh goes on to the next
// stage and always ends. Without it, one lost callback (a stuck parse, a write that never
// returns) left `oqy-cli refresh` waiting for ever.
class Refresh : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Sync, Feeds, Pages, Retention };
    Q_ENUM(Stage)

    explicit Refresh(Session &session, QObject *parent = nullptr);
    ~Refresh() override;

    bool isRunning() const { return m_stage != Stage::Idle; }
    Stage stage() const { return m_stage; }

    // Starts a refresh. While one runs, explicit feeds are added to it when it is still
    // downloading feeds; any other plan runs right after it.
    void start(const RefreshPlan &plan);
    // Stops: nothing new is started, what is under way finishes, then finished().
    void cancel();
    // Overrides a stage's deadline (tests; a slow link); zero returns to the computed one.
    void setStageDeadline(Stage stage, std::chrono::milliseconds deadline);

signals:
    void stageStarted(oqy::Refresh::Stage stage);
    void progress(oqy::Refresh::Stage stage, int done, int total);
    void accountsSynced(int newArticles, const QStringList &errors);
    void feedFinished(const oqy::FeedOutcome &outcome);
    // The feeds are stored: a front end can show the new articles before pages and photos.
    void feedsStored(const oqy::RefreshSummary &summary);
    void pageCached(qint64 articleId);
    void finished(const oqy::RefreshReport &report);

private:
    void startSync();
    void startFeeds();
    void startPages();
    void startRetention();
    void finish();
    void enter(Stage stage, std::chrono::milliseconds deadline);
    void overdue();
    std::chrono::milliseconds deadlineFor(Stage stage, std::chrono::milliseconds computed) const;
    QString overdueMessage() const;

    Session &m_session;
    AccountSyncer *m_syncer;
    FeedRefresher *m_feeds;
    ArticleCacher *m_pages;
    QTimer m_deadline;
    Stage m_stage = Stage::Idle;
    RefreshPlan m_plan;
    RefreshReport m_report;
    QSet<qint64> m_feedsInRun;
    QList<RefreshPlan> m_next;
    QHash<Stage, std::chrono::milliseconds> m_deadlineOverrides;
    bool m_cancelled = false;
    quint64 m_retentionRun = 0; // retention reports of an abandoned run are ignored
};

} // namespace oqy

Q_DECLARE_METATYPE(oqy::RefreshReport)
