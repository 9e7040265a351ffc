#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

TestHttpServer::TestHttpServer(const QString &root, QObject *parent)
    : QTcpServer(parent)
    , m_root(root)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    socket->setProperty("buffer", buffer);
                    return;
                }
                const QList<QByteArray> lines = buffer.left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                Request request;
                request.method = first.value(0);
                request.path = QString::fromLatin1(first.value(1));
                // A proxy's request names the whole address ("GET http://[::1]/feed.xml"): the
                // path is what routes and files go by.
                if (request.path.startsWith(QLatin1String("http://"))) {
                    const qsizetype slash = request.path.indexOf(QLatin1Char('/'), 7);
                    request.path = slash < 0 ? QStringLiteral("/") : request.path.mid(slash);
                }
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length").toLongLong();
                if (buffer.size() < end + 4 + length) {
                    socket->setProperty("buffer", buffer); // the body is still coming
                    return;
                }
                request.body = buffer.mid(end + 4, length);
                socket->setProperty("buffer", buffer.mid(end + 4 + length));
                {
                    QMutexLocker lock(&m_mutex);
                    m_requests.append(request);
                }
                serve(socket, request);
            });
        }
    });
}

bool TestHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void TestHttpServer::route(const QString &path, const Response &response)
{
    m_routes.insert(path, [response](const Request &) { return response; });
}

void TestHttpServer::route(const QString &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

QList<TestHttpServer::Request> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Request &r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

QByteArray TestHttpServer::mimeFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".rss")) || path.endsWith(QLatin1String(".xml")))
        return "application/rss+xml";
    if (path.endsWith(QLatin1String(".atom")))
        return "application/atom+xml";
    if (path.endsWith(QLatin1String(".json")))
        return "application/feed+json";
    if (path.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (path.endsWith(QLatin1String(".jpg")) || path.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    if (path.endsWith(QLatin1String(".png")))
        return "image/png";
    return "application/octet-stream";
}

TestHttpServer::Response TestHttpServer::fileResponse(const Request &request) const
{
    QString path = request.path.section(QLatin1Char('?'), 0, 0);
    if (m_root.isEmpty() || path.contains(QLatin1String("..")))
        return {404, {}, "not found"};
    QFile file(QDir(m_root).filePath(path.mid(1)));
    if (!file.open(QIODevice::ReadOnly))
        return {404, {{"Content-Type", "text/plain"}}, "not found"};
    const QByteArray body = file.readAll();
    const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(16) + '"';
    const QByteArray lastModified = QLocale::c()
                                        .toString(QFileInfo(file).lastModified().toUTC(),
                                                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
    Response response{200, {{"Content-Type", mimeFor(path)}, {"ETag", etag}, {"Last-Modified", lastModified}}, body};
    if (request.headers.value("if-none-match") == etag
        || (!request.headers.contains("if-none-match") && request.headers.value("if-modified-since") == lastModified)) {
        response.status = 304;
        response.body.clear();
    }
    return response;
}

void TestHttpServer::serve(QTcpSocket *socket, const Request &request)
{
    const QString path = request.path.section(QLatin1Char('?'), 0, 0);
    const Response response = m_routes.contains(path) ? m_routes.value(path)(request) : fileResponse(request);
    auto send = [socket, response] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QHash<int, QByteArray> reasons = {{200, "OK"}, {301, "Moved Permanently"}, {302, "Found"},
                                                       {304, "Not Modified"}, {401, "Unauthorized"},
                                                       {403, "Forbidden"}, {404, "Not Found"},
                                                       {429, "Too Many Requests"}, {500, "Internal Server Error"},
                                                       {503, "Service Unavailable"}};
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                          + reasons.value(response.status, "Status") + "\r\n";
        bool hasType = false;
        for (const auto &h : response.headers) {
            head += h.first + ": " + h.second + "\r\n";
            hasType = hasType || h.first.toLower() == "content-type";
        }
        if (!hasType && response.status != 304)
            head += "Content-Type: text/plain\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(response.body);
        socket->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, send);
    else
        send();
}
