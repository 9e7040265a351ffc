#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <functional>

// A small HTTP/1.1 server on 127.0.0.1 for tests: serves the files of a folder with ETag and
// Last-Modified (answering 304 to conditional requests), plus routes a test defines (any status,
// headers, body, delay). Runs in the test's own event loop; never touches the internet.
class TestHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(const QString &root = {}, QObject *parent = nullptr);

    // Listens on an ephemeral loopback port; false when that is impossible.
    bool start();
    QUrl url(const QString &path) const;

    void route(const QString &path, const Response &response);
    void route(const QString &path, Handler handler);

    QList<Request> requests() const;
    int requestCount(const QString &path) const;
    void clearRequests();

    static QByteArray mimeFor(const QString &path);

private:
    void serve(class QTcpSocket *socket, const Request &request);
    Response fileResponse(const Request &request) const;

    QString m_root;
    QHash<QString, Handler> m_routes;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
};
