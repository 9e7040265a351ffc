// Offline reading end to end: a refresh fetches the article pages the feed only teased, extracts
// them, downloads their photos (checked by their bytes, stored once per content), and afterwards
// the articles read in full — photos included — with the server gone. A second refresh fetches
// none of it again.
#include "storage/database.h"
#include "storage/datadir.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;

namespace {

QByteArray png(char fill)
{
    // A PNG signature and a body: enough for the type check, which reads bytes, not headers.
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(2048, fill);
}

QByteArray jpeg(char fill)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(4096, fill);
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    TestHttpServer m_server;

    Run cli(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_dir.path();
        QProcess process;
        process.start(testenv::cliPath(), args);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            process.kill();
        return { process.exitCode(), process.readAllStandardOutput(),
            process.readAllStandardError() };
    }

    QString base() const { return m_server.url(QStringLiteral("/")).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        // The Tengrinews-style fixture, its addresses moved onto the loopback server.
        QFile fixture(testenv::fixture(QStringLiteral("extract/tengri-style-ru/page.html")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray page = fixture.readAll();
        page.replace("https://tengrinews.kz/", base().toUtf8());
        const QByteArray article
            = "/kazakhstan_news/"
              "prezident-poruchil-zavershit-podgotovku-k-otopitelnomu-sezonu-581204/";
        m_server.route(QString::fromLatin1(article),
            TestHttpServer::Response {
                200, { { "Content-Type", "text/html; charset=utf-8" } }, page });

        const QByteArray teaser = base().toUtf8() + article.mid(1);
        const QByteArray full = QByteArray(60, 'x').replace('x', "Полный текст статьи в ленте. ");
        const QByteArray rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss "
                               "version=\"2.0\"><channel><title>Tengri (loopback)</title>"
                               "<link>"
            + base().toUtf8()
            + "</link>"
              "<item><title>Президент поручил завершить подготовку к отопительному сезону до 1 "
              "ноября</title>"
              "<link>"
            + teaser + "</link><guid>" + teaser
            + "</guid><pubDate>Wed, 14 Oct 2026 11:42:00 +0500</pubDate>"
              "<description>Глава государства провёл совещание.</description></item>"
              "<item><title>Полная новость из ленты</title><link>"
            + base().toUtf8()
            + "full</link>"
              "<guid>"
            + base().toUtf8()
            + "full</guid><pubDate>Wed, 14 Oct 2026 10:00:00 +0500</pubDate>"
              "<description><![CDATA[<p>"
            + full + "</p><img src=\"" + base().toUtf8()
            + "img/same-photo-again.jpg\">"
              "<img src=\""
            + base().toUtf8()
            + "img/not-an-image.jpg\">]]></description></item>"
              "</channel></rss>";
        m_server.route(QStringLiteral("/feed.rss"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } }, rss });

        const QList<QPair<QByteArray, QByteArray>> jpegType = { { "Content-Type", "image/jpeg" } };
        m_server.route(QStringLiteral("/userdata/news/2026/news_581204/thumb_b/photo_412998.jpeg"),
            TestHttpServer::Response { 200, jpegType, jpeg('a') });
        // The same bytes under another address: stored once.
        m_server.route(QStringLiteral("/img/same-photo-again.jpg"),
            TestHttpServer::Response { 200, jpegType, jpeg('a') });
        // HTML served as a photo: refused by its bytes.
        m_server.route(QStringLiteral("/img/not-an-image.jpg"),
            TestHttpServer::Response { 200, jpegType, "<html><script>alert(1)</script></html>" });
        m_server.route(QStringLiteral("/img/inline.png"),
            TestHttpServer::Response { 200, { { "Content-Type", "image/png" } }, png('b') });
    }

    void refreshCachesPagesAndPhotos()
    {
        QCOMPARE(cli({ QStringLiteral("add"), base() + QStringLiteral("feed.rss") }).exit, 0);
        const Run refresh
            = cli({ QStringLiteral("refresh"), QStringLiteral("--timeout"), QStringLiteral("20") });
        QVERIFY2(refresh.exit == 0, refresh.err.constData());
        QVERIFY2(refresh.out.contains("offline: 1 article pages and 2 photos saved, 1 failed"),
            QByteArray(refresh.out).replace('\n', " | ").constData());

        Database db(DataDir(m_dir.path()).databasePath(), Database::Access::ReadOnly);
        Statement body = db.prepare(
            "SELECT b.source, b.page_state, b.lead_image_credit, b.text FROM article_bodies b "
            "JOIN articles a ON a.id = b.article_id WHERE a.title LIKE 'Президент%'");
        QVERIFY(body.step());
        QCOMPARE(body.text(0), QStringLiteral("page"));
        QCOMPARE(body.text(1), QStringLiteral("done"));
        QCOMPARE(body.text(2), QStringLiteral("Акорда"));
        QVERIFY(body.text(3).contains(QStringLiteral("Замена изношенных тепловых сетей")));
        QVERIFY(!body.text(3).contains(QStringLiteral("Читайте также")));

        // The full-text item was not fetched again as a page.
        QCOMPARE(m_server.requestCount(QStringLiteral("/full")), 0);

        Statement images = db.prepare("SELECT url, state, sha256, mime FROM images ORDER BY url");
        QHash<QString, QStringList> byUrl;
        while (images.step())
            byUrl.insert(images.text(0), { images.text(1), images.text(2), images.text(3) });
        const QString lead
            = base() + QStringLiteral("userdata/news/2026/news_581204/thumb_b/photo_412998.jpeg");
        const QString again = base() + QStringLiteral("img/same-photo-again.jpg");
        const QString fake = base() + QStringLiteral("img/not-an-image.jpg");
        QCOMPARE(byUrl.value(lead).value(0), QStringLiteral("stored"));
        QCOMPARE(byUrl.value(lead).value(2), QStringLiteral("image/jpeg"));
        QCOMPARE(byUrl.value(again).value(1), byUrl.value(lead).value(1)); // one file for both
        QCOMPARE(byUrl.value(fake).value(0), QStringLiteral("failed"));
        const QString sha = byUrl.value(lead).value(1);
        QCOMPARE(sha,
            QString::fromLatin1(
                QCryptographicHash::hash(jpeg('a'), QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::exists(QDir(DataDir(m_dir.path()).imagesPath())
                                  .filePath(sha.left(2) + QLatin1Char('/') + sha)));
        int files = 0;
        for (const QString &sub :
            QDir(DataDir(m_dir.path()).imagesPath()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += int(QDir(DataDir(m_dir.path()).imagesPath() + QLatin1Char('/') + sub)
                             .entryList(QDir::Files)
                             .size());
        QCOMPARE(files, 1);
    }

    void secondRefreshFetchesNothingAgain()
    {
        m_server.clearRequests();
        const Run refresh = cli({ QStringLiteral("refresh") });
        QCOMPARE(refresh.exit, 0);
        QVERIFY2(refresh.out.contains("offline: 0 article pages and 0 photos saved, 0 failed"),
            refresh.out.constData());
        for (const auto &request : m_server.requests())
            QCOMPARE(request.path, QStringLiteral("/feed.rss"));
    }

    // An outlet without a feed: its list page is subscribed, its links become articles, their
    // pages are fetched, and a link that appears later is one new article.
    void newsListPageWorksAsAFeed()
    {
        QFile list(testenv::fixture(QStringLiteral("newslist/generic-kk-list.html")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QByteArray page = list.readAll();
        m_server.route(QStringLiteral("/kz/news/"),
            TestHttpServer::Response {
                200, { { "Content-Type", "text/html; charset=utf-8" } }, page });
        const QStringList slugs = { QStringLiteral("aqtobede-zhana-mektep-ashyldy"),
            QStringLiteral("shalqar-audanynda-su-qubyry"), QStringLiteral("aqtobe-oblysynda-egis"),
            QStringLiteral("qobdada-zhol-zhondeu"), QStringLiteral("aqtobe-futbol-klub"),
            QStringLiteral("zhana-habar") };
        for (const QString &slug : slugs) {
            const QByteArray paragraph
                = "<p>Ақтөбе облысының әкімдігі хабарлағандай, бұл жұмыстар облыс тұрғындарының "
                  "өтініші бойынша жүргізіліп отыр және жыл соңына дейін толық аяқталады.</p>";
            m_server.route(QStringLiteral("/kz/news/") + slug,
                TestHttpServer::Response { 200, { { "Content-Type", "text/html; charset=utf-8" } },
                    "<html lang=\"kk\"><head><title>" + slug.toUtf8()
                        + "</title></head><body><article><h1>" + slug.toUtf8() + "</h1>"
                        + paragraph.repeated(6) + "</article></body></html>" });
        }
        const Run add = cli({ QStringLiteral("add"), QStringLiteral("--news-list"),
            base() + QStringLiteral("kz/news/") });
        QCOMPARE(add.exit, 0);
        const Run first = cli({ QStringLiteral("refresh"), QStringLiteral("--feed"),
            QString::fromUtf8(add.out.trimmed()) });
        QVERIFY2(first.exit == 0, first.err.constData());
        QVERIFY2(first.out.contains("5 new articles"), first.out.constData());
        QVERIFY2(first.out.contains("offline: 5 article pages"), first.out.constData());

        // Tomorrow the page lists one more.
        page.replace("<div class=\"cards\">",
            "<div class=\"cards\">\n    <div class=\"card\"><h3 class=\"card__title\">"
            "<a href=\"/kz/news/zhana-habar\">Ақтөбеде жаңа аялдамалар орнатылады деп "
            "хабарланды</a>"
            "</h3><span class=\"card__date\">Бүгін, 12:00</span></div>");
        m_server.route(QStringLiteral("/kz/news/"),
            TestHttpServer::Response {
                200, { { "Content-Type", "text/html; charset=utf-8" } }, page });
        const Run second = cli({ QStringLiteral("refresh"), QStringLiteral("--feed"),
            QString::fromUtf8(add.out.trimmed()) });
        QVERIFY2(second.out.contains("1 new articles"), second.out.constData());
        QVERIFY2(second.out.contains("offline: 1 article pages"), second.out.constData());
    }

    void readsOfflineWithPhotos()
    {
        m_server.close(); // the network is gone
        const QJsonArray list
            = QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--json") }).out)
                  .array();
        QCOMPARE(list.size(), 2 + 6);
        qint64 id = 0;
        for (const QJsonValue &row : list)
            if (row[QLatin1String("title")].toString().startsWith(QStringLiteral("Президент")))
                id = row[QLatin1String("id")].toInteger();
        const Run show
            = cli({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        QCOMPARE(show.exit, 0);
        const QJsonObject article = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(article[QLatin1String("body_source")].toString(), QStringLiteral("page"));
        QVERIFY(article[QLatin1String("lead_image")][QLatin1String("cached")].toBool());
        QVERIFY(article[QLatin1String("text")].toString().contains(
            QStringLiteral("Итоги проверки готовности регионов")));
        QCOMPARE(article[QLatin1String("pull_quotes")].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "test_offlinecache.moc"
