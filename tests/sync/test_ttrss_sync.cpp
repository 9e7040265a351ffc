// Two Oqy data folders kept in agreement through a real Tiny Tiny RSS server (Debian's tt-rss with
// PostgreSQL, started on loopback by tests/sync/ttrss_server.sh): subscribe in one, sync, the
// other gets the subscription and the articles; read and bookmark in one, sync, the other
// shows it; unsubscribe in one, the other follows. Everything through the real oqy-cli.
//
// tt-rss fetches feeds only from ports 80/443 and never from 127.x: it is given this test's
// loopback server as its HTTP proxy and feed addresses on [::1] (docs/sync.md).
#include "testcli.h"
#include "testenv.h"
#include "testhttpserver.h"
#include "testkeychain.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <unistd.h>

namespace {

const QByteArray Password = "Құпия-сөз 2026";

QByteArray rss(const QString &title, const QString &slug, int items)
{
    QByteArray out
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + title.toUtf8() + "</title><link>http://[::1]/" + slug.toUtf8() + "/</link>\n";
    const QStringList headlines = {
        QStringLiteral("Ақтөбе облысында жаңа мектеп ашылды"),
        QStringLiteral("В Актобе отремонтируют мост через Илек"),
        QStringLiteral("Хромтауда су құбыры жөнделді"),
        QStringLiteral("Аграрии Мугалжарского района завершили уборку"),
    };
    for (int i = 0; i < items; ++i)
        out += "<item><title>" + headlines.value(i % headlines.size()).toUtf8()
            + "</title><guid>oqy-sync-" + slug.toUtf8() + '-' + QByteArray::number(i)
            + "</guid><link>http://[::1]/" + slug.toUtf8() + "/news/" + QByteArray::number(i)
            + "</link><pubDate>Thu, 26 Nov 2026 0" + QByteArray::number(i)
            + ":00:00 +0500</pubDate><description>&lt;p&gt;"
            + headlines.value(i % headlines.size()).toUtf8()
            + ". Облыс әкімдігінің хабарлауынша, жұмыс жоспар бойынша жүріп "
              "жатыр.&lt;/p&gt;</description></item>\n";
    return out + "</channel></rss>\n";
}

QJsonArray json(const testcli::Result &r)
{
    return QJsonDocument::fromJson(r.out).array();
}

} // namespace

class TestTtrssSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QProcess::execute(
                QStringLiteral("dpkg-query"), { QStringLiteral("-W"), QStringLiteral("tt-rss") })
            != 0)
            QSKIP("Tiny Tiny RSS is not installed (Debian package tt-rss): tools/dev.sh test "
                  "installs it");
        if (getuid() != 0)
            QSKIP("the Tiny Tiny RSS test server runs php and PostgreSQL as www-data: run as root "
                  "(CI does)");
        if (const QString missing = testkeychain::missingSecretService(); !missing.isEmpty())
            QSKIP(qPrintable(missing));

        // Feeds as tt-rss asks for them through its proxy; no Last-Modified (it would send
        // If-Modified-Since and skip an unchanged-looking feed).
        m_feeds.route(QStringLiteral("/aktobe.xml"), [](const TestHttpServer::Request &) {
            return TestHttpServer::Response { 200,
                { { "Content-Type", "application/rss+xml; charset=utf-8" } },
                rss(QStringLiteral("Ақтөбе жаңалықтары"), QStringLiteral("aktobe"), 4) };
        });
        m_feeds.route(QStringLiteral("/uralsk.xml"), [](const TestHttpServer::Request &) {
            return TestHttpServer::Response { 200,
                { { "Content-Type", "application/rss+xml; charset=utf-8" } },
                rss(QStringLiteral("Уральск сегодня"), QStringLiteral("uralsk"), 2) };
        });
        QVERIFY(m_feeds.start());

        // www-data must reach the server's folder.
        QVERIFY(m_work.isValid());
        QFile::setPermissions(m_work.path(), QFile::Permissions(0x7755));
        m_script = QDir(testenv::dataDir()).filePath(QStringLiteral("../sync/ttrss_server.sh"));
        QProcess start;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TTRSS_HTTP_PROXY"),
            QStringLiteral("127.0.0.1:%1").arg(m_feeds.serverPort()));
        env.insert(QStringLiteral("TTRSS_PASSWORD"), QString::fromUtf8(Password));
        start.setProcessEnvironment(env);
        start.start(m_script, { QStringLiteral("start"), serverDir() });
        QVERIFY(start.waitForFinished(240'000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const QByteArray out = start.readAllStandardOutput();
        const qsizetype at = out.indexOf("URL=");
        QVERIFY2(at >= 0, out.constData());
        m_server = QString::fromUtf8(out.mid(at + 4).trimmed());
        m_started = true;
    }

    void cleanupTestCase()
    {
        if (m_started)
            QProcess::execute(m_script, { QStringLiteral("stop"), serverDir() });
    }

    void twoDataDirectoriesAgree()
    {
        const QString home = m_work.filePath(QStringLiteral("home"));
        const QString work = m_work.filePath(QStringLiteral("work"));

        // A wrong password is told at once, and nothing is kept.
        testcli::Result r
            = testcli::run({ QStringLiteral("account"), QStringLiteral("add"), m_server,
                               QStringLiteral("--user"), QStringLiteral("admin") },
                home, "wrong\n");
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("refused the user name or password"), r.err.constData());

        // Home: the account, and a subscription made in Oqy.
        QCOMPARE(addAccount(home), QByteArray("1"));
        r = cli({ QStringLiteral("add"), QStringLiteral("http://[::1]/aktobe.xml"),
                    QStringLiteral("--account"), QStringLiteral("1") },
            home);
        QCOMPARE(r.exit, 0);
        r = cli({ QStringLiteral("sync") }, home);
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("1 subscriptions"), r.out.constData());
        // The server fetches it (its updater, as cron would run it), and the next sync brings the
        // articles.
        updateServer();
        r = cli({ QStringLiteral("sync") }, home);
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("4 new articles"), r.out.constData());
        const QJsonArray homeFeeds
            = json(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }, home));
        QCOMPARE(homeFeeds.size(), 1);
        QCOMPARE(homeFeeds[0][QLatin1String("account")].toInt(), 1);
        QCOMPARE(
            homeFeeds[0][QLatin1String("title")].toString(), QStringLiteral("Ақтөбе жаңалықтары"));

        // Work: the same account in another data folder gets the subscription and the articles.
        QCOMPARE(addAccount(work), QByteArray("1"));
        r = cli({ QStringLiteral("sync") }, work);
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains("4 new articles"), r.out.constData());
        QCOMPARE(json(cli({ QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--unread") },
                          work))
                     .size(),
            4);

        // Read one and bookmark another at home; sync; work shows both.
        const QJsonArray homeArticles
            = json(cli({ QStringLiteral("list"), QStringLiteral("--json") }, home));
        QCOMPARE(homeArticles.size(), 4);
        const QString readUrl = homeArticles[0][QLatin1String("url")].toString();
        const QString savedUrl = homeArticles[1][QLatin1String("url")].toString();
        QCOMPARE(cli({ QStringLiteral("mark-read"),
                         QString::number(homeArticles[0][QLatin1String("id")].toInteger()) },
                     home)
                     .exit,
            0);
        QCOMPARE(cli({ QStringLiteral("bookmark"),
                         QString::number(homeArticles[1][QLatin1String("id")].toInteger()) },
                     home)
                     .exit,
            0);
        r = cli({ QStringLiteral("sync") }, home);
        QVERIFY2(r.out.contains("2 marks sent"), r.out.constData());
        QCOMPARE(cli({ QStringLiteral("sync") }, work).exit, 0);
        QCOMPARE(state(work, readUrl), QStringLiteral("read"));
        QCOMPARE(state(work, savedUrl), QStringLiteral("unread bookmarked"));

        // And back: work marks the first unread again and reads the bookmarked one.
        const qint64 workRead = idOf(work, readUrl);
        const qint64 workSaved = idOf(work, savedUrl);
        QCOMPARE(cli({ QStringLiteral("mark-read"), QString::number(workRead),
                         QStringLiteral("--unread") },
                     work)
                     .exit,
            0);
        QCOMPARE(cli({ QStringLiteral("mark-read"), QString::number(workSaved) }, work).exit, 0);
        QCOMPARE(cli({ QStringLiteral("sync") }, work).exit, 0);
        QCOMPARE(cli({ QStringLiteral("sync") }, home).exit, 0);
        QCOMPARE(state(home, readUrl), QStringLiteral("unread"));
        QCOMPARE(state(home, savedUrl), QStringLiteral("read bookmarked"));

        // A second subscription made at work, then the first one dropped at home: both folders
        // end with the same single subscription.
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("http://[::1]/uralsk.xml"),
                         QStringLiteral("--account"), QStringLiteral("1") },
                     work)
                     .exit,
            0);
        QCOMPARE(cli({ QStringLiteral("sync") }, work).exit, 0);
        updateServer();
        QCOMPARE(cli({ QStringLiteral("sync") }, home).exit, 0);
        const qint64 aktobe = feedId(home, QStringLiteral("http://[::1]/aktobe.xml"));
        QVERIFY(aktobe > 0);
        QCOMPARE(cli({ QStringLiteral("remove"), QString::number(aktobe) }, home).exit, 0);
        r = cli({ QStringLiteral("sync") }, home);
        QVERIFY2(r.out.contains("1 unsubscriptions"), r.out.constData());
        r = cli({ QStringLiteral("sync") }, work);
        QVERIFY2(r.out.contains("1 removed"), r.out.constData());
        for (const QString &dir : { home, work }) {
            const QJsonArray feeds
                = json(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }, dir));
            QCOMPARE(feeds.size(), 1);
            QCOMPARE(feeds[0][QLatin1String("url")].toString(),
                QStringLiteral("http://[::1]/uralsk.xml"));
            QCOMPARE(
                json(cli({ QStringLiteral("list"), QStringLiteral("--json") }, dir)).size(), 2);
        }
    }

private:
    QString serverDir() const { return m_work.filePath(QStringLiteral("ttrss")); }

    testcli::Result cli(const QStringList &args, const QString &dataDir)
    {
        const testcli::Result r = testcli::run(args, dataDir);
        if (r.exit != 0)
            qWarning("oqy-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r;
    }

    QByteArray addAccount(const QString &dataDir)
    {
        const testcli::Result r
            = testcli::run({ QStringLiteral("account"), QStringLiteral("add"), m_server,
                               QStringLiteral("--user"), QStringLiteral("admin") },
                dataDir, Password + '\n');
        if (r.exit != 0)
            qWarning("account add: %s", r.err.constData());
        return r.out.trimmed();
    }

    void updateServer()
    {
        // Waits in an event loop: the feeds are served from this thread while tt-rss fetches them.
        QProcess update;
        QEventLoop loop;
        connect(&update, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        update.start(m_script, { QStringLiteral("update"), serverDir() });
        loop.exec();
        QCOMPARE(update.state(), QProcess::NotRunning);
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
    }

    QJsonObject article(const QString &dataDir, const QString &url)
    {
        for (const QJsonValue &a :
            json(cli({ QStringLiteral("list"), QStringLiteral("--json") }, dataDir)))
            if (a[QLatin1String("url")].toString() == url)
                return a.toObject();
        return {};
    }

    qint64 idOf(const QString &dataDir, const QString &url)
    {
        return article(dataDir, url).value(QLatin1String("id")).toInteger();
    }

    QString state(const QString &dataDir, const QString &url)
    {
        const QJsonObject a = article(dataDir, url);
        if (a.isEmpty())
            return QStringLiteral("missing");
        return QString(a.value(QLatin1String("read")).toBool() ? QStringLiteral("read")
                                                               : QStringLiteral("unread"))
            + (a.value(QLatin1String("bookmarked")).toBool() ? QStringLiteral(" bookmarked")
                                                             : QString());
    }

    qint64 feedId(const QString &dataDir, const QString &url)
    {
        for (const QJsonValue &f :
            json(cli({ QStringLiteral("feeds"), QStringLiteral("--json") }, dataDir)))
            if (f[QLatin1String("url")].toString() == url)
                return f[QLatin1String("id")].toInteger();
        return 0;
    }

    TestHttpServer m_feeds;
    QTemporaryDir m_work { QStringLiteral("/tmp/oqy-ttrss-XXXXXX") };
    QString m_script;
    QString m_server;
    bool m_started = false;
};

QTEST_GUILESS_MAIN(TestTtrssSync)
#include "test_ttrss_sync.moc"
