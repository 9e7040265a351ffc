#include "net/httpfetcher.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace oqy;

// One GET, Oqy's rules: validators sent back and a 304 understood, redirects followed but bounded,
// limits turned into clear errors, never a hang.
class TestHttpFetcher : public QObject
{
    Q_OBJECT

    TestHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    FetchResult get(FetchRequest request)
    {
        HttpFetcher fetcher(m_network);
        std::optional<FetchResult> result;
        fetcher.get(request, [&](const FetchResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
        return result.value_or(FetchResult{});
    }

private slots:
    void init()
    {
        m_server = new TestHttpServer(testenv::dataDir(), this);
        QVERIFY(m_server->start());
        m_network = new QNetworkAccessManager(this);
    }
    void cleanup()
    {
        delete m_server;
        delete m_network;
    }

    void conditionalGet()
    {
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/feeds/regional-ru.rss"));
        const FetchResult first = get(request);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.status, 200);
        QVERIFY(!first.etag.isEmpty());
        QVERIFY(first.body.contains("Вести Сарыарки"));
        request.etag = first.etag;
        request.lastModified = first.lastModified;
        const FetchResult second = get(request);
        QVERIFY(second.ok());
        QVERIFY(second.notModified);
        QVERIFY(second.body.isEmpty());
        const auto last = m_server->requests().last();
        QCOMPARE(last.headers.value("if-none-match"), first.etag.toLatin1());
        QVERIFY(last.headers.value("user-agent").startsWith("Oqy/"));
    }

    void permanentAndTemporaryRedirects()
    {
        m_server->route(QStringLiteral("/old"), TestHttpServer::Response{301, {{"Location", "/feeds/regional-kk.atom"}}, {}});
        m_server->route(QStringLiteral("/temp"), TestHttpServer::Response{302, {{"Location", "/feeds/regional-kk.atom"}}, {}});
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/old"));
        const FetchResult moved = get(request);
        QVERIFY(moved.ok());
        QVERIFY(moved.movedPermanently);
        QCOMPARE(moved.finalUrl, m_server->url(QStringLiteral("/feeds/regional-kk.atom")));
        request.url = m_server->url(QStringLiteral("/temp"));
        const FetchResult temporary = get(request);
        QVERIFY(temporary.ok());
        QVERIFY(!temporary.movedPermanently);
    }

    void redirectLoopStops()
    {
        m_server->route(QStringLiteral("/a"), TestHttpServer::Response{302, {{"Location", "/b"}}, {}});
        m_server->route(QStringLiteral("/b"), TestHttpServer::Response{302, {{"Location", "/a"}}, {}});
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/a"));
        const FetchResult result = get(request);
        QVERIFY(result.error.contains(QStringLiteral("redirects")));
        QVERIFY(m_server->requestCount(QStringLiteral("/a")) + m_server->requestCount(QStringLiteral("/b")) <= 6);
    }

    void errorsAreSentences()
    {
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/no/such/feed.rss"));
        const FetchResult missing = get(request);
        QVERIFY(missing.error.contains(QStringLiteral("404")));

        m_server->route(QStringLiteral("/busy"), TestHttpServer::Response{503, {{"Retry-After", "120"}}, "busy"});
        request.url = m_server->url(QStringLiteral("/busy"));
        const FetchResult busy = get(request);
        QVERIFY(busy.error.contains(QStringLiteral("503")));
        QVERIFY(busy.retryAfter > QDateTime::currentDateTimeUtc().addSecs(100));

        TestHttpServer closed;
        QVERIFY(closed.start());
        request.url = closed.url(QStringLiteral("/"));
        closed.close(); // nothing listens there any more
        const FetchResult refused = get(request);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error.isEmpty());
    }

    void limits()
    {
        m_server->route(QStringLiteral("/huge"), TestHttpServer::Response{200, {}, QByteArray(3 * 1024 * 1024, 'x')});
        m_server->route(QStringLiteral("/slow"), TestHttpServer::Response{200, {}, "late", 5000});
        FetchRequest request;
        request.url = m_server->url(QStringLiteral("/huge"));
        request.maxBytes = 1024 * 1024;
        const FetchResult huge = get(request);
        QVERIFY(huge.error.contains(QStringLiteral("limit")));
        QVERIFY(huge.body.isEmpty());

        request.url = m_server->url(QStringLiteral("/slow"));
        request.deadlineMs = 500;
        QElapsedTimer timer;
        timer.start();
        const FetchResult slow = get(request);
        QVERIFY(!slow.ok());
        QVERIFY(timer.elapsed() < 4000);
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "test_httpfetcher.moc"
