#include "feeds/autodiscovery.h"
#include "engine/feeddiscoverer.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

using namespace oqy;
using namespace oqy::feeds;

// A reader pastes a site's address, not its feed's: Oqy finds the feeds the page announces, or
// the one at a usual place, and never offers something that is not a web address.
class TestFeedDiscoverer : public QObject
{
    Q_OBJECT

    bool m_newsList = false; // the last discovery found the page to be a list of news

    QList<DiscoveredFeed> discoverAt(TestHttpServer &server, const QString &path, QString *error)
    {
        QNetworkAccessManager network;
        FeedDiscoverer discoverer(&network);
        QList<DiscoveredFeed> found;
        bool done = false;
        discoverer.discover(server.url(path), [&](const Discovery &d) {
            found = d.feeds;
            *error = d.error;
            m_newsList = d.newsList;
            done = true;
        });
        QDeadlineTimer deadline(60000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(20);
        return found;
    }

private slots:
    void linksInHead()
    {
        const QByteArray page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Новости Костаная</title>"
            "<base href=\"https://kst.example.kz/ru/\">"
            "<link rel=\"stylesheet\" href=\"/s.css\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Все новости\" href=\"rss/all.xml\">"
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Атом\" href=\"https://kst.example.kz/atom\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
            "<link rel=\"alternate\" hreflang=\"kk\" href=\"/kz/\">"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"rss/all.xml\">"
            "</head><body><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/late.xml\"></body></html>";
        const QList<DiscoveredFeed> found = discoverFeedLinks(page, QUrl(QStringLiteral("https://kst.example.kz/ru/news")));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].url, QUrl(QStringLiteral("https://kst.example.kz/ru/rss/all.xml")));
        QCOMPARE(found[0].title, QStringLiteral("Все новости"));
        QCOMPARE(found[1].type, QStringLiteral("application/atom+xml"));
    }

    void overTheNetwork()
    {
        TestHttpServer server(testenv::dataDir());
        QVERIFY(server.start());
        // A page announcing its feed.
        server.route(QStringLiteral("/site"), TestHttpServer::Response{200, {{"Content-Type", "text/html; charset=utf-8"}},
            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Лента\" href=\"/feeds/regional-ru.rss\"></head></html>"});
        QString error;
        QList<DiscoveredFeed> found = discoverAt(server, QStringLiteral("/site"), &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].url, server.url(QStringLiteral("/feeds/regional-ru.rss")));

        // The address is itself a feed.
        found = discoverAt(server, QStringLiteral("/feeds/regional-kk.atom"), &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].title, QStringLiteral("Ақтөбе жаңалықтары"));

        // A page that names nothing, on a site with a WordPress-style /feed/.
        server.route(QStringLiteral("/quiet"), TestHttpServer::Response{200, {{"Content-Type", "text/html"}}, "<html><body>Главная</body></html>"});
        QFile rss(testenv::fixture(QStringLiteral("feeds/regional-ru.rss")));
        QVERIFY(rss.open(QIODevice::ReadOnly));
        server.route(QStringLiteral("/feed/"), TestHttpServer::Response{200, {{"Content-Type", "application/rss+xml"}}, rss.readAll()});
        found = discoverAt(server, QStringLiteral("/quiet"), &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].url, server.url(QStringLiteral("/feed/")));
    }

    void nothingToFind()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.route(QStringLiteral("/"), TestHttpServer::Response{200, {{"Content-Type", "text/html"}}, "<html><body>Нет ленты</body></html>"});
        QString error;
        QVERIFY(discoverAt(server, QStringLiteral("/"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("No feed found")));
        QVERIFY(!m_newsList);
    }

    // An outlet without any feed whose page lists its news: that page can be the subscription.
    void aNewsListPageWithoutFeed()
    {
        TestHttpServer server(testenv::dataDir());
        QVERIFY(server.start());
        QString error;
        QVERIFY(discoverAt(server, QStringLiteral("/newslist/generic-kk-list.html"), &error).isEmpty());
        QVERIFY2(m_newsList, qPrintable(error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscoverer)
#include "test_feeddiscoverer.moc"
