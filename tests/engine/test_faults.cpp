// The refresh against a server that misbehaves in every way
// ../shared/corpus/hostile/fault_server.py knows: each bad feed ends with a clear error of its own
// within the deadline, the good feeds in the same refresh are stored, nothing stored before is
// lost, memory stays bounded and the event loop (the GUI thread in the app) is never blocked for
// 100 ms.
#include "core/refreshschedule.h"
#include "engine/feedrefresher.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/storagewriter.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace oqy;

namespace {

constexpr int DeadlineMs = 5'000;
constexpr int IdleMs = 3'000;
constexpr qint64 MaxFeedBytes = 2 * 1024 * 1024;

// What the reader must be told for each fault: a sentence naming the cause, not Qt's internals.
struct Fault
{
    const char *path;
    const char *expected; // regular expression over the per-feed error
};

const Fault Faults[] = {
    { "/hang", "did not answer in time|took longer than 5 seconds" },
    { "/hang-body", "did not answer in time|took longer than 5 seconds" },
    { "/slow?bps=20", "took longer than 5 seconds" },
    { "/slow-headers?delay=30", "did not answer in time|took longer than 5 seconds" },
    { "/reset", "closed the connection before the download was complete" },
    { "/close", "closed the connection" },
    { "/redirect-loop", "Too many redirects" },
    { "/redirect-pingpong", "Too many redirects" },
    { "/redirect-chain?hops=9", "Too many redirects" },
    { "/redirect-to?url=file:///etc/passwd", "redirected to an address Oqy does not follow" },
    { "/redirect-missing-location", "redirected without saying where" },
    { "/redirect-huge-location", "redirected to an address too long" },
    { "/huge", "larger than the limit of 2.0 MB" },
    { "/huge-length", "larger than the limit of 2.0 MB" },
    // 256 MiB of zeros in about 250 KB (the server takes seconds to make a bigger one).
    { "/gzip-bomb?mb=256", "larger than the limit of 2.0 MB" },
    { "/gzip-truncated", "compressed download was cut off|closed the connection" },
    { "/gzip-lie", "said the download was compressed, but it was not" },
    { "/wrong-length?mode=long", "closed the connection before the download was complete" },
    // Content-Length cuts the feed after 50 bytes: a broken document with nothing in it.
    { "/wrong-length?mode=short", "feed is broken and no article could be read" },
    // Qt reads past the broken chunk line; the garbage then fails as a feed.
    { "/bad-chunked", "invalid HTTP|broken|not a feed Oqy can read" },
    { "/huge-headers", "did not answer in time|took longer than 5 seconds|invalid HTTP" },
    { "/status/410", "410" },
    { "/500", "500" },
    { "/503", "503.*try again after" },
    { "/429?after=120", "429.*try again after" },
    { "/429?after=120&date=1", "429.*try again after" },
    { "/auth-basic?user=u&pass=p", "401.*user name and password" },
    { "/html-instead", "web page, not a feed" },
    { "/empty", "empty document" },
    { "/no-content", "empty document" },
};

// Feeds that work, fetched in the same refresh as the faults.
const char *const GoodFeeds[] = {
    "/feed-sample",
    "/feed/aqtobe.xml?gzip=1",
    "/redirect-chain?hops=3",
    "/redirect-relative",
};

const QByteArray AqtobeFeed = R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Актобе сегодня</title><link>http://127.0.0.1/</link>
<item><title>В Актобе открыли новую школу на 1200 мест</title><guid>aq-1</guid>
<link>http://127.0.0.1/news/1</link><description>Школа в микрорайоне Нурсат примет учеников с сентября.</description>
<pubDate>Mon, 23 Nov 2026 09:00:00 +0500</pubDate></item>
<item><title>Ақтөбеде жаңа саябақ ашылды</title><guid>aq-2</guid>
<link>http://127.0.0.1/news/2</link><description>Саябақ қала тұрғындарының өтініші бойынша салынды.</description>
<pubDate>Tue, 24 Nov 2026 10:00:00 +0500</pubDate></item>
<item><title>В Хромтау отремонтируют дорогу</title><guid>aq-3</guid>
<link>http://127.0.0.1/news/3</link><description>Ремонт завершат до конца года.</description>
<pubDate>Wed, 25 Nov 2026 11:00:00 +0500</pubDate></item>
</channel></rss>
)";

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Several servers on their own loopback addresses, like outlets on their own hosts: the
    // refresher's per-host limit applies to each, as it would in real life.
    static constexpr int Servers = 8;
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QStringList m_bases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StorageWriter> m_writer;
    QNetworkAccessManager m_network;
    std::unique_ptr<FeedRefresher> m_refresher;
    QHash<qint64, FeedOutcome> m_outcomes;
    QHash<qint64, qint64> m_finishedMs;
    QHash<QString, qint64> m_ids; // fault path → feed id
    qint64 m_preserved = 0; // a feed whose server went bad after a good refresh

    // The URL of `path` on the server chosen for it; the same path always lands on the same one.
    QString url(const QString &path) const
    {
        return m_bases[int(qHash(path) % uint(m_bases.size()))] + path;
    }

    int articleCount(qint64 feedId)
    {
        Statement st = m_db->prepare("SELECT count(*) FROM articles WHERE feed_id = ?1");
        st.bind(1, feedId);
        st.step();
        return st.integer(0);
    }

    // Every path the servers were asked for so far.
    QStringList serverLog()
    {
        QStringList paths;
        for (const QString &base : std::as_const(m_bases)) {
            QNetworkReply *reply
                = m_network.get(QNetworkRequest(QUrl(base + QStringLiteral("/log"))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            for (const QJsonValue &entry : QJsonDocument::fromJson(reply->readAll()).array())
                paths.append(entry[QLatin1String("path")].toString());
        }
        return paths;
    }

    // Runs one refresh of `targets`, measuring the event loop's longest stall meanwhile.
    qint64 refresh(const QList<RefreshTarget> &targets)
    {
        m_outcomes.clear();
        m_finishedMs.clear();
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worstStall = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstStall = std::max(worstStall, now - last - 10);
            last = now;
        });
        auto connection = connect(
            m_refresher.get(), &FeedRefresher::feedFinished, this, [&](const FeedOutcome &o) {
                m_outcomes.insert(o.feedId, o);
                m_finishedMs.insert(o.feedId, clock.elapsed());
            });
        QSignalSpy finished(m_refresher.get(), &FeedRefresher::finished);
        probe.start();
        m_refresher->start(targets);
        if (finished.isEmpty())
            finished.wait(DeadlineMs * 4);
        probe.stop();
        disconnect(connection);
        m_writer->waitForIdle();
        return finished.isEmpty() ? -1 : worstStall;
    }

private slots:
    void initTestCase()
    {
        const QString shared = testenv::sharedDir();
        if (shared.isEmpty())
            QSKIP("../shared is absent: the fault server lives in ../shared/corpus/hostile (CI has "
                  "it); this test needs it.");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("served")));
        for (const char *name : { "aqtobe.xml", "aqtobe-moved.xml" }) {
            QFile feed(m_dir.filePath(QStringLiteral("served/") + QLatin1String(name)));
            QVERIFY(feed.open(QIODevice::WriteOnly));
            feed.write(AqtobeFeed);
        }
        for (int i = 0; i < Servers; ++i) {
            const QString host = QStringLiteral("127.0.0.%1").arg(11 + i);
            const QString portFile = m_dir.filePath(QStringLiteral("port-") + host);
            auto server = std::make_unique<QProcess>();
            // Its tracebacks for the connections Oqy cuts are expected noise.
            server->setStandardErrorFile(QProcess::nullDevice());
            server->setStandardOutputFile(QProcess::nullDevice());
            server->start(QStringLiteral("python3"),
                { shared + QStringLiteral("/corpus/hostile/fault_server.py"),
                    QStringLiteral("--host"), host, QStringLiteral("--feeds"),
                    m_dir.filePath(QStringLiteral("served")), QStringLiteral("--lifetime"),
                    QStringLiteral("300"), QStringLiteral("--hang"), QStringLiteral("60"),
                    QStringLiteral("--port-file"), portFile });
            QVERIFY(server->waitForStarted());
            m_servers.push_back(std::move(server));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10'000);
            QFile port(portFile);
            QVERIFY(port.open(QIODevice::ReadOnly));
            m_bases.append(QStringLiteral("http://%1:%2")
                               .arg(host, QString::fromLatin1(port.readAll().trimmed())));
        }

        const DataDir dataDir(m_dir.filePath(QStringLiteral("data")));
        m_db = std::make_unique<Database>(openDatabase(dataDir));
        m_writer = std::make_unique<StorageWriter>(dataDir.databasePath());
        m_refresher = std::make_unique<FeedRefresher>(m_writer.get(), &m_network);
        FetchRequest limits;
        limits.deadlineMs = DeadlineMs;
        limits.idleTimeoutMs = IdleMs;
        limits.maxBytes = MaxFeedBytes;
        m_refresher->setRequestTemplate(limits);
        // Every fault at once, so that one stuck feed visibly does not hold up the others.
        m_refresher->setConcurrency(64, 6);
    }

    void cleanupTestCase()
    {
        m_refresher.reset();
        m_writer.reset();
        for (auto &server : m_servers) {
            server->kill();
            server->waitForFinished();
        }
    }

    void everyFaultIsAClearErrorOfItsOwnFeed()
    {
        // A feed that worked yesterday and whose server breaks today keeps what it had.
        m_preserved = FeedStore(*m_db).add(url(QStringLiteral("/feed/aqtobe.xml")));
        QVERIFY(refresh(RefreshTarget::load(*m_db, { m_preserved })) >= 0);
        QCOMPARE(articleCount(m_preserved), 3);
        FeedStore(*m_db).updateUrl(
            m_preserved, url(QStringLiteral("/reset")) + QStringLiteral("?x"));

        for (const Fault &fault : Faults)
            m_ids.insert(
                QLatin1String(fault.path), FeedStore(*m_db).add(url(QLatin1String(fault.path))));
        for (const char *good : GoodFeeds)
            m_ids.insert(QLatin1String(good), FeedStore(*m_db).add(url(QLatin1String(good))));

        const long rssBefore = peakRssKb();
        const qint64 stall = refresh(RefreshTarget::load(*m_db));
        QVERIFY2(stall >= 0, "the refresh did not finish");
        qInfo("longest event-loop stall: %lld ms; peak RSS %ld MB (before the faults %ld MB)",
            stall, peakRssKb() / 1024, rssBefore / 1024);
        QVERIFY2(peakRssKb() - rssBefore < 200 * 1024, "memory grew by more than 200 MB");

        for (const Fault &fault : Faults) {
            const qint64 id = m_ids.value(QLatin1String(fault.path));
            qInfo("%-40s %5lld ms  %s", fault.path, m_finishedMs.value(id),
                qPrintable(m_outcomes.value(id).error));
        }
        for (const Fault &fault : Faults) {
            const qint64 id = m_ids.value(QLatin1String(fault.path));
            QVERIFY2(m_outcomes.contains(id), fault.path);
            const QString error = m_outcomes.value(id).error;
            QVERIFY2(QRegularExpression(
                         QLatin1String(fault.expected), QRegularExpression::CaseInsensitiveOption)
                         .match(error)
                         .hasMatch(),
                qPrintable(QStringLiteral("%1: \"%2\"").arg(QLatin1String(fault.path), error)));
            QVERIFY2(m_finishedMs.value(id) < DeadlineMs + 1'500, fault.path);
            const std::optional<Feed> feed = FeedStore(*m_db).byId(id);
            QCOMPARE(feed->lastError, error); // visible per feed in the tree and `oqy-cli feeds`
            QCOMPARE(feed->failureCount, 1);
            QVERIFY(feed->nextAttempt > QDateTime::currentDateTimeUtc());
        }
        for (const char *good : GoodFeeds) {
            const qint64 id = m_ids.value(QLatin1String(good));
            QVERIFY2(m_outcomes.value(id).error.isEmpty(),
                qPrintable(
                    QLatin1String(good) + QStringLiteral(": ") + m_outcomes.value(id).error));
            QVERIFY2(articleCount(id) > 0, good);
        }
        QVERIFY2(
            stall < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(stall)));
        QVERIFY(!m_outcomes.value(m_preserved).error.isEmpty());
        QCOMPARE(articleCount(m_preserved), 3);
        QCOMPARE(FeedStore(*m_db).byId(m_preserved)->title, QStringLiteral("Актобе сегодня"));
    }

    // 429/503 with Retry-After: the server is not asked again before the time it gave, even by a
    // refresh the reader asks for; the others are asked again.
    void retryAfterIsRespected()
    {
        const qint64 tooMany = m_ids.value(QStringLiteral("/429?after=120"));
        const qint64 unavailable = m_ids.value(QStringLiteral("/503"));
        const qint64 broken = m_ids.value(QStringLiteral("/500"));
        QVERIFY(tooMany && unavailable && broken);
        const QDateTime until = FeedStore(*m_db).byId(tooMany)->retryAfter;
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(100));
        QVERIFY(FeedStore(*m_db).byId(tooMany)->nextAttempt >= until);

        const QStringList before = serverLog();
        QVERIFY(refresh(RefreshTarget::load(*m_db, { tooMany, unavailable, broken })) >= 0);
        QVERIFY(m_outcomes.value(tooMany).deferred);
        QVERIFY(m_outcomes.value(unavailable).deferred);
        QVERIFY(!m_outcomes.value(broken).deferred);
        const QString asked = serverLog().join(QLatin1Char(' '));
        QCOMPARE(asked.count(QLatin1String("/429?after=120")),
            before.join(QLatin1Char(' ')).count(QLatin1String("/429?after=120")));
        QCOMPARE(asked.count(QLatin1String("/500")),
            before.join(QLatin1Char(' ')).count(QLatin1String("/500")) + 1);
        // The second failure in a row waits twice as long as the first.
        const std::optional<Feed> feed = FeedStore(*m_db).byId(broken);
        QCOMPARE(feed->failureCount, 2);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(feed->nextAttempt);
        QVERIFY2(wait > 2 * 60 * schedule::DefaultIntervalMinutes - 60,
            qPrintable(QString::number(wait)));
    }

    // 301/308 move the subscription; 302/307 do not.
    void permanentRedirectMovesTheSubscription()
    {
        const qint64 moved = FeedStore(*m_db).add(
            url(QStringLiteral("/redirect-permanent?to=/feed/aqtobe-moved.xml")));
        const qint64 temporary = m_ids.value(QStringLiteral("/redirect-chain?hops=3"));
        const QString temporaryUrl = FeedStore(*m_db).byId(temporary)->url;
        QVERIFY(refresh(RefreshTarget::load(*m_db, { moved, temporary })) >= 0);
        QVERIFY(m_outcomes.value(moved).error.isEmpty());
        QCOMPARE(FeedStore(*m_db).byId(moved)->url, url(QStringLiteral("/feed/aqtobe-moved.xml")));
        QCOMPARE(FeedStore(*m_db).byId(temporary)->url, temporaryUrl);
    }

    // An automatic refresh takes only the feeds that are due.
    void automaticRefreshTakesOnlyDueFeeds()
    {
        const QList<RefreshTarget> due
            = RefreshTarget::load(*m_db, {}, RefreshTarget::Selection::Due);
        QVERIFY(due.isEmpty()); // everything was just tried
        const QList<RefreshTarget> later = RefreshTarget::load(*m_db, {},
            RefreshTarget::Selection::Due, QDateTime::currentDateTimeUtc().addSecs(31 * 60));
        QStringList urls;
        for (const RefreshTarget &t : later)
            urls.append(t.url.path());
        // Healthy feeds and first failures are due after one interval (the 429's two minutes
        // have passed by then); a feed that failed twice waits twice as long.
        QVERIFY(urls.contains(QStringLiteral("/feed-sample")));
        QVERIFY(urls.contains(QStringLiteral("/hang")));
        QVERIFY(urls.contains(QStringLiteral("/429")));
        QVERIFY(!urls.contains(QStringLiteral("/500")));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
