// kill -9 during a heavy refresh, fifty times: after each, the database passes integrity_check and
// every bookmark made before is still there. The refresh is real (oqy-cli against a loopback server
// whose feeds bring new articles on every request, each with a page and a photo to cache).
#include "storage/database.h"
#include "storage/datadir.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace oqy;

namespace {
constexpr int Feeds = 20;
constexpr int ItemsPerFeed = 40;
constexpr int Kills = 50;
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_dir;
    int m_generation = 0;

    int cli(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(
            testenv::cliPath(), args + QStringList { QStringLiteral("--data-dir"), m_dir.path() });
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(120'000))
            process.kill();
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }

    QByteArray feed(int index)
    {
        // Every request is a new day: new items, so every refresh has work to write.
        const int generation = ++m_generation;
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                         "<title>Павлодар хабары "
            + QByteArray::number(index) + "</title>";
        for (int i = 0; i < ItemsPerFeed; ++i) {
            const QByteArray id = QByteArray::number(generation) + '-' + QByteArray::number(index)
                + '-' + QByteArray::number(i);
            xml += "<item><title>Павлодарда жаңалық " + id + "</title><guid>" + id + "</guid><link>"
                + m_server.url(QStringLiteral("/page?id=") + QString::fromLatin1(id)).toEncoded()
                + "</link><description>В Павлодаре отремонтировали улицу.</description></item>";
        }
        return xml + "</channel></rss>";
    }

    static QByteArray page(const QByteArray &id, const QUrl &image)
    {
        const QByteArray paragraph
            = "<p>В Павлодаре завершили ремонт улицы, сообщили в акимате города. "
              "Работы шли с весны, подрядчик уложил новый асфальт и тротуары.</p>";
        return "<html lang=\"ru\"><head><title>Новость " + id
            + "</title></head><body><article><h1>Новость " + id + "</h1><figure><img src=\""
            + image.toEncoded()
            + "\"><figcaption>Фото: акимат</figcaption>"
              "</figure>"
            + paragraph.repeated(8) + "</article></body></html>";
    }

    int articles()
    {
        Database db(DataDir(m_dir.path()).databasePath());
        Statement count = db.prepareUncached("SELECT count(*) FROM articles");
        count.step();
        return count.integer(0);
    }

    int bookmarks(QString *integrity)
    {
        Database db(DataDir(m_dir.path()).databasePath());
        Statement check = db.prepareUncached("PRAGMA integrity_check");
        check.step();
        *integrity = check.text(0);
        Statement count = db.prepareUncached("SELECT count(*) FROM statuses WHERE bookmarked = 1");
        count.step();
        return count.integer(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        for (int f = 0; f < Feeds; ++f)
            m_server.route(
                QStringLiteral("/feed%1.xml").arg(f), [this, f](const TestHttpServer::Request &) {
                    return TestHttpServer::Response { 200,
                        { { "Content-Type", "application/rss+xml" } }, feed(f) };
                });
        m_server.route(QStringLiteral("/page"), [this](const TestHttpServer::Request &request) {
            const QByteArray id = QUrlQuery(QUrl(request.path).query())
                                      .queryItemValue(QStringLiteral("id"))
                                      .toUtf8();
            return TestHttpServer::Response { 200,
                { { "Content-Type", "text/html; charset=utf-8" } },
                page(id, m_server.url(QStringLiteral("/photo?id=") + QString::fromLatin1(id))) };
        });
        m_server.route(QStringLiteral("/photo"), [](const TestHttpServer::Request &request) {
            // A PNG signature and header, then bytes that make every photo different.
            QByteArray png
                = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008020000");
            png += request.path.toUtf8().repeated(20);
            return TestHttpServer::Response { 200, { { "Content-Type", "image/png" } }, png };
        });
        QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>";
        for (int f = 0; f < Feeds; ++f)
            opml += "<outline type=\"rss\" text=\"f\" xmlUrl=\""
                + m_server.url(QStringLiteral("/feed%1.xml").arg(f)).toEncoded() + "\"/>";
        opml += "</body></opml>";
        QFile file(m_dir.filePath(QStringLiteral("feeds.opml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(opml);
        file.close();
        QCOMPARE(cli({ QStringLiteral("import"), file.fileName() }), 0);
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }), 0);
        QByteArray list;
        cli({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5") }, &list);
        for (const QByteArray &line : list.split('\n'))
            if (!line.isEmpty())
                QCOMPARE(cli({ QStringLiteral("bookmark"),
                             QString::fromLatin1(line.split('\t').first()) }),
                    0);
    }

    void killedRefreshesLoseNothing()
    {
        QString integrity;
        QCOMPARE(bookmarks(&integrity), 5);
        const int before = articles();
        QRandomGenerator rng(2026);
        for (int round = 0; round < Kills; ++round) {
            QProcess refresh;
            refresh.start(testenv::cliPath(),
                { QStringLiteral("refresh"), QStringLiteral("--data-dir"), m_dir.path() });
            QVERIFY(refresh.waitForStarted());
            QTest::qWait(100 + int(rng.bounded(1400))); // the server answers meanwhile
            refresh.kill(); // SIGKILL
            refresh.waitForFinished();
            QCOMPARE(bookmarks(&integrity), 5);
            QCOMPARE(integrity, QStringLiteral("ok"));
        }
        // The refreshes did real work before they were killed.
        QVERIFY2(articles() > before, qPrintable(QString::number(articles())));
        // And the data folder still works.
        QCOMPARE(cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") }), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
