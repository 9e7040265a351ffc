// The application layer without any window: a session on a temporary data folder, a loopback
// outlet, and the whole refresh (feeds → pages → photos → retention) as the window and oqy-cli
// both drive it. A refresh always ends: a stage that passes its deadline ends with an error of
// each unfinished feed's own, and what worked is stored.
#include "engine/refresh.h"
#include "engine/session.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/storagewriter.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;
using namespace std::chrono_literals;

namespace {

QByteArray png()
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(2048, 'p');
}

// An RSS feed of `items` teasers whose pages live on `base`, published `daysAgo` days ago.
QByteArray feed(const QString &base, const QString &prefix, int items, int daysAgo)
{
    QByteArray rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                     "<title>Павлодар сегодня</title><link>"
        + base.toUtf8() + "</link>";
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    for (int i = 0; i < items; ++i) {
        const QByteArray link = base.toUtf8() + prefix.toUtf8() + QByteArray::number(i) + ".html";
        rss += "<item><title>Новость " + QByteArray::number(i)
            + ": в Павлодаре обсудили ремонт дорог</title><link>" + link + "</link><guid>" + link
            + "</guid><pubDate>"
            + when.addSecs(-3600 * i).toString(Qt::RFC2822Date).toUtf8()
            + "</pubDate><description>Коротко о главном.</description></item>";
    }
    return rss + "</channel></rss>";
}

QByteArray page(int i, const QString &base)
{
    return "<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>Новость</title></head>"
           "<body><article><h1>Новость "
        + QByteArray::number(i) + "</h1><p><img src=\"" + base.toUtf8() + "p" + QByteArray::number(i)
        + ".png\" alt=\"\"></p><p>Фото: пресс-служба акимата</p>"
        + QByteArray("<p>В Павлодаре на заседании акимата обсудили ремонт дорог и дворов. Работы "
                     "начнутся весной и закончатся до осени, сообщили в отделе ЖКХ.</p>")
              .repeated(5)
        + "</article></body></html>";
}

} // namespace

class TestRefresh : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    QString base() const { return m_server.url(QStringLiteral("/")).toString(); }

    qint64 subscribe(const QString &path)
    {
        qint64 id = 0;
        m_session->writer().submit(
            [&, url = base() + path](Database &db) { id = FeedStore(db).add(url); });
        m_session->writer().waitForIdle();
        return id;
    }

    RefreshReport run(const RefreshPlan &plan, int timeoutMs = 60'000)
    {
        QSignalSpy finished(&m_session->refresh(), &Refresh::finished);
        m_session->refresh().start(plan);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {};
        m_session->writer().waitForIdle();
        return finished.first().first().value<RefreshReport>();
    }

    int storedArticles(qint64 feed)
    {
        Statement st = m_session->reader().prepare("SELECT count(*) FROM articles WHERE feed_id = ?1");
        st.bind(1, feed);
        st.step();
        return st.integer(0);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RefreshReport>();
        QVERIFY(m_server.start());
        for (int i = 0; i < 7; ++i) {
            m_server.route(QStringLiteral("/a%1.html").arg(i),
                TestHttpServer::Response {
                    200, { { "Content-Type", "text/html; charset=utf-8" } }, page(i, base()) });
            m_server.route(QStringLiteral("/p%1.png").arg(i),
                TestHttpServer::Response { 200, { { "Content-Type", "image/png" } }, png() });
        }
    }

    void init()
    {
        m_session.reset();
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        m_session = std::make_unique<Session>(DataDir(m_dir.path()));
    }

    void cleanupTestCase() { m_session.reset(); }

    // The first session of a reader: an outlet whose items are months old. Every item is stored,
    // its page and photo saved, and retention at the end of the same refresh keeps them all.
    void aFirstRefreshKeepsOldNews()
    {
        m_server.route(QStringLiteral("/old.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("a"), 7, 200) });
        const qint64 id = subscribe(QStringLiteral("old.xml"));
        RefreshPlan plan;
        RetentionPolicy keep;
        keep.keepDays = 90;
        keep.maxCacheBytes = 2LL * 1024 * 1024 * 1024;
        plan.retention = keep;
        const RefreshReport report = run(plan);
        QCOMPARE(report.feeds.newArticles, 7);
        QCOMPARE(report.offline.pages, 7);
        QCOMPARE(report.offline.images, 7);
        QCOMPARE(report.removedArticles, 0);
        QVERIFY(report.overdueStages.isEmpty());
        QCOMPARE(storedArticles(id), 7);
    }

    // One feed's server never answers in time: the feed stage ends at its deadline with that
    // feed's own error; the other feed is stored; the refresh goes on and ends.
    void aStuckFeedEndsWithItsOwnError()
    {
        m_server.route(QStringLiteral("/good.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("a"), 3, 1) });
        m_server.route(QStringLiteral("/stuck.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("a"), 3, 1), 30'000 });
        const qint64 good = subscribe(QStringLiteral("good.xml"));
        const qint64 stuck = subscribe(QStringLiteral("stuck.xml"));
        m_session->refresh().setStageDeadline(Refresh::Stage::Feeds, 2s);
        QHash<qint64, QString> errors;
        connect(&m_session->refresh(), &Refresh::feedFinished, this,
            [&](const FeedOutcome &o) { errors.insert(o.feedId, o.error); });
        RefreshPlan plan;
        plan.savePages = false;
        QElapsedTimer clock;
        clock.start();
        const RefreshReport report = run(plan, 20'000);
        m_session->refresh().setStageDeadline(Refresh::Stage::Feeds, 0ms);
        QVERIFY2(clock.elapsed() < 15'000, "the refresh did not end at the stage's deadline");
        QCOMPARE(report.overdueStages, QStringList { QStringLiteral("feeds") });
        QCOMPARE(report.feeds.feeds, 2);
        QCOMPARE(report.feeds.failed, 1);
        QVERIFY(errors.value(good).isEmpty());
        QVERIFY2(errors.value(stuck).contains(QStringLiteral("did not finish within")),
            qPrintable(errors.value(stuck)));
        QCOMPARE(storedArticles(good), 3);
        // The error is the feed's own, for the tree and `oqy-cli feeds`.
        QCOMPARE(FeedStore(m_session->reader()).byId(stuck)->lastError, errors.value(stuck));
        // A late answer changes nothing any more, and the next refresh works.
        QTest::qWait(100);
        QVERIFY(!m_session->refresh().isRunning());
    }

    // Saving pages stops at its deadline too; what was saved stays, the rest waits for the next
    // refresh.
    void stuckPagesEndAtTheDeadline()
    {
        m_server.route(QStringLiteral("/slowpages.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("slow"), 2, 1) });
        for (int i = 0; i < 2; ++i)
            m_server.route(QStringLiteral("/slow%1.html").arg(i),
                TestHttpServer::Response { 200, { { "Content-Type", "text/html; charset=utf-8" } },
                    page(i, base()), 30'000 });
        const qint64 id = subscribe(QStringLiteral("slowpages.xml"));
        m_session->refresh().setStageDeadline(Refresh::Stage::Pages, 2s);
        QElapsedTimer clock;
        clock.start();
        const RefreshReport report = run(RefreshPlan {}, 20'000);
        m_session->refresh().setStageDeadline(Refresh::Stage::Pages, 0ms);
        QVERIFY(clock.elapsed() < 15'000);
        QCOMPARE(report.overdueStages, QStringList { QStringLiteral("pages") });
        QCOMPARE(report.offline.pagesFailed, 2);
        QCOMPARE(storedArticles(id), 2);
        QCOMPARE(ArticleStore(m_session->reader()).pendingPages(10).size(), 2);
    }

    // Every feed of the refresh waits out its server's Retry-After: nothing is asked, and the
    // refresh still ends (it used to end before oqy-cli started waiting, which then waited on).
    void aRefreshOfWaitingFeedsEnds()
    {
        const qint64 id = subscribe(QStringLiteral("busy.xml"));
        m_session->writer().submit([id](Database &db) {
            FeedStore(db).recordFailure(id, QStringLiteral("503"),
                QDateTime::currentDateTimeUtc().addSecs(3600),
                QDateTime::currentDateTimeUtc().addSecs(3600));
        });
        m_session->writer().waitForIdle();
        RefreshPlan plan;
        plan.feedIds = { id };
        const RefreshReport report = run(plan, 10'000);
        QCOMPARE(report.feeds.feeds, 1);
        QCOMPARE(report.feeds.deferred, 1);
        QVERIFY(!m_session->refresh().isRunning());
        QCOMPARE(m_server.requestCount(QStringLiteral("/busy.xml")), 0);
    }

    // A feed added while a refresh downloads joins it; anything else waits for its turn.
    void aFeedAddedDuringARefreshJoinsIt()
    {
        m_server.route(QStringLiteral("/first.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("a"), 2, 1), 500 });
        m_server.route(QStringLiteral("/second.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                feed(base(), QStringLiteral("a"), 3, 2) });
        const qint64 first = subscribe(QStringLiteral("first.xml"));
        QSignalSpy finished(&m_session->refresh(), &Refresh::finished);
        RefreshPlan plan;
        plan.savePages = false;
        m_session->refresh().start(plan);
        QCOMPARE(m_session->refresh().stage(), Refresh::Stage::Feeds);
        const qint64 second = subscribe(QStringLiteral("second.xml"));
        RefreshPlan added = plan;
        added.feedIds = { second };
        m_session->refresh().start(added);
        QVERIFY(finished.wait(30'000));
        m_session->writer().waitForIdle();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<RefreshReport>().feeds.feeds, 2);
        QCOMPARE(storedArticles(first), 2);
        QCOMPARE(storedArticles(second), 3);
    }
};

QTEST_GUILESS_MAIN(TestRefresh)
#include "test_refresh.moc"
