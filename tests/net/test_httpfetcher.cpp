#include "net/httpfetcher.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace oqy;

namespace {

// A server on its own thread that answers every connection with `answer` and closes the socket
// at once, the way HTTP/1.0 servers and many small CMSs do: the close races the client's read.
class ClosingServer
{
public:
    explicit ClosingServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_listener = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || listen(m_listener, 16) != 0
            || getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int client = accept(m_listener, nullptr, nullptr);
                if (client < 0)
                    return;
                QByteArray request;
                char buffer[4096];
                while (!request.contains("\r\n\r\n")) {
                    const ssize_t n = read(client, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    request.append(buffer, n);
                }
                (void)!write(client, m_answer.constData(), size_t(m_answer.size()));
                close(client);
            }
        });
    }
    ~ClosingServer()
    {
        m_stop = true;
        shutdown(m_listener, SHUT_RDWR);
        close(m_listener);
        if (m_thread.joinable())
            m_thread.join();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(m_port)); }

private:
    QByteArray m_answer;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

} // namespace

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

    // A whole answer is whole however soon the server closes after it: Content-Length says so.
    void completeAnswerThenCloseIsComplete_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("small") << QByteArray("<rss version=\"2.0\"><channel/></rss>");
    }
    void completeAnswerThenCloseIsComplete()
    {
        QFETCH(QByteArray, body);
        const ClosingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                                   "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        FetchRequest request;
        request.url = server.url();
        for (int i = 0; i < 200; ++i) {
            const FetchResult result = get(request);
            QVERIFY2(result.ok(), qPrintable(QStringLiteral("try %1: %2").arg(i).arg(result.error)));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.body, body);
        }
        // Fewer bytes than announced is still a cut-off download.
        const ClosingServer cut("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort");
        request.url = cut.url();
        const FetchResult broken = get(request);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(QStringLiteral("closed the connection")), qPrintable(broken.error));
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
