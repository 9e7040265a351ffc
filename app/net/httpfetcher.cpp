#include "httpfetcher.h"

#include "bodydecoder.h"
#include "feeds/dateparser.h"
#include <QAuthenticator>
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace oqy {

namespace {

// Strings of this file, in the "HttpFetcher" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)
};

QDateTime parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return QDateTime::currentDateTimeUtc().addSecs(qBound(0, seconds, 7 * 24 * 3600));
    // An HTTP date; capped like the seconds form, so a server cannot silence a feed for years.
    const QDateTime date = feeds::parseDate(QString::fromLatin1(value.trimmed()));
    if (!date.isValid())
        return {};
    return std::min(date.toUTC(), QDateTime::currentDateTimeUtc().addSecs(7 * 24 * 3600));
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString &detail, int idleMs)
{
    switch (error) {
    // Oqy's own aborts report before Qt does; a cancel seen here is the transfer timeout.
    case QNetworkReply::OperationCanceledError:
        return Text::tr("The server did not answer in time: nothing arrived for %1 seconds.")
            .arg(idleMs / 1000);
    case QNetworkReply::ProtocolFailure:
        return Text::tr(
            "The server's answer was broken (invalid HTTP), so the download was dropped.");
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("The server closed the connection before the download was complete.");
    case QNetworkReply::HostNotFoundError:
        return Text::tr(
            "The server's name could not be found (no network, or a mistyped address).");
    case QNetworkReply::TimeoutError:
        return Text::tr("The server did not answer in time.");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("The secure connection failed: %1").arg(detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Text::tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Text::tr("The proxy failed: %1").arg(detail);
    default:
        return detail;
    }
}

} // namespace

// One request and its redirects. Lives until it reports, then deletes itself.
class HttpFetcher::Job : public QObject
{
public:
    Job(QNetworkAccessManager *network, FetchRequest request, Done done, QObject *parent)
        : QObject(parent)
        , m_network(network)
        , m_request(std::move(request))
        , m_done(std::move(done))
        , m_origin(m_request.url)
    {
        m_result.movedPermanently = false;
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            finishWithError(Text::tr("The download took longer than %1 seconds and was stopped.")
                                .arg(m_request.deadlineMs / 1000));
        });
    }

    void start()
    {
        m_deadline.start(m_request.deadlineMs);
        send(m_request.url);
    }

private:
    void send(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setHeader(QNetworkRequest::UserAgentHeader, HttpFetcher::userAgent());
        request.setRawHeader("Accept", m_request.accept);
        // Asking ourselves turns Qt's own unbounded decompression off; BodyDecoder does it.
        request.setRawHeader("Accept-Encoding", "gzip, deflate");
        request.setTransferTimeout(m_request.idleTimeoutMs);
        // Validators belong to the feed's own URL; after a redirect they would describe another
        // resource.
        const bool sameOrigin = url.scheme() == m_origin.scheme() && url.host() == m_origin.host()
            && url.port() == m_origin.port();
        if (sameOrigin && m_request.credentials.hasHeader())
            request.setRawHeader(
                m_request.credentials.headerName, m_request.credentials.headerValue);
        // Basic up front, in UTF-8 (RFC 7617): Qt's authenticator sends Latin-1, which turns a
        // Cyrillic password into question marks. Digest is answered when the server asks (below).
        if (sameOrigin && !m_request.credentials.user.isEmpty())
            request.setRawHeader("Authorization",
                "Basic "
                    + (m_request.credentials.user + QLatin1Char(':')
                        + m_request.credentials.password)
                          .toUtf8()
                          .toBase64());
        if (url == m_origin) {
            if (!m_request.etag.isEmpty())
                request.setRawHeader("If-None-Match", m_request.etag.toLatin1());
            if (!m_request.lastModified.isEmpty())
                request.setRawHeader("If-Modified-Since", m_request.lastModified.toLatin1());
        }
        m_reply = m_network->get(request);
        m_reply->setParent(this);
        // A user and password go to the feed's own server when it asks (Basic or Digest), once:
        // asked again means they were refused, and the 401 ends the request with a clear error.
        if (sameOrigin && !m_request.credentials.user.isEmpty()) {
            connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
                [this, reply = m_reply](QNetworkReply *asking, QAuthenticator *authenticator) {
                    // A Basic challenge means the Basic credentials sent were refused.
                    if (asking != reply || m_credentialsGiven
                        || asking->rawHeader("WWW-Authenticate")
                               .trimmed()
                               .toLower()
                               .startsWith("basic"))
                        return;
                    m_credentialsGiven = true;
                    authenticator->setUser(m_request.credentials.user);
                    authenticator->setPassword(m_request.credentials.password);
                });
        }
        // Back-pressure: the network thread stops reading from the socket while this much waits,
        // so an endless body cannot fill memory faster than it is checked.
        m_reply->setReadBufferSize(1024 * 1024);
        m_decoder.reset();
        m_received = 0;
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
            const qint64 length
                = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray encoding = m_reply->rawHeader("Content-Encoding");
            if (status >= 200 && status < 300 && encoding.isEmpty() && length > m_request.maxBytes)
                finishWithError(tooLarge());
        });
        connect(m_reply, &QNetworkReply::readyRead, this, [this] {
            if (m_reply && m_reply->isOpen())
                take(m_reply->readAll());
        });
        connect(m_reply, &QNetworkReply::finished, this, &Job::onFinished);
    }

    // Decodes the arriving bytes into the body; false (and the request ended) when they are bad.
    bool take(const QByteArray &chunk)
    {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return true; // the body of an error or a redirect is not kept
        if (!m_decoder)
            m_decoder = std::make_unique<BodyDecoder>(
                m_reply->rawHeader("Content-Encoding"), m_request.maxBytes);
        m_received += chunk.size();
        if (m_decoder->add(chunk, m_body))
            return true;
        finishWithError(m_decoder->tooLarge() ? tooLarge() : m_decoder->error());
        return false;
    }

    QString tooLarge() const
    {
        return Text::tr("The download is larger than the limit of %1 MB and was stopped.")
            .arg(double(m_request.maxBytes) / (1024 * 1024), 0, 'f', 1);
    }

    void onFinished()
    {
        if (!m_reply || m_reported)
            return;
        QNetworkReply *reply = m_reply;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl url = reply->url();
        if (status >= 300 && status < 400 && status != 304) {
            const QByteArray location = reply->rawHeader("Location");
            if (location.isEmpty()) {
                finishWithError(Text::tr("The server redirected without saying where to (HTTP %1).")
                                    .arg(status));
                return;
            }
            if (location.size() > 8 * 1024) {
                finishWithError(
                    Text::tr("The server redirected to an address too long to be real (%1 KB).")
                        .arg(location.size() / 1024));
                return;
            }
            if (++m_redirects > m_request.maxRedirects) {
                finishWithError(
                    Text::tr("Too many redirects (more than %1).").arg(m_request.maxRedirects));
                return;
            }
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https")) {
                finishWithError(
                    Text::tr("The server redirected to an address Oqy does not follow: %1")
                        .arg(next.toDisplayString()));
                return;
            }
            m_allPermanent = m_allPermanent && (status == 301 || status == 308);
            m_body.clear();
            reply->disconnect(this);
            reply->deleteLater();
            m_reply = nullptr;
            send(next.adjusted(QUrl::RemoveUserInfo));
            return;
        }
        if (reply->isOpen() && !take(reply->readAll()))
            return;
        m_result.finalUrl = url;
        m_result.status = status;
        m_result.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
        m_result.contentLocation = QString::fromLatin1(reply->rawHeader("Content-Location"));
        m_result.contentLanguage = QString::fromLatin1(reply->rawHeader("Content-Language"));
        m_result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        m_result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
        m_result.movedPermanently = m_redirects > 0 && m_allPermanent;
        if (reply->hasRawHeader("Retry-After"))
            m_result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));

        if (status == 304) {
            m_result.notModified = true;
        } else if (status >= 200 && status < 300) {
            if (reply->error() != QNetworkReply::NoError && !arrivedWhole(reply)) {
                // The headers were fine, the body never arrived whole.
                m_result.error = networkErrorText(
                    reply->error(), reply->errorString(), m_request.idleTimeoutMs);
                report();
                return;
            }
            if (m_decoder && !m_decoder->finish()) {
                m_result.error = m_decoder->error();
                report();
                return;
            }
            m_result.body = std::move(m_body);
        } else if (status != 0) {
            const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            m_result.error
                = Text::tr("The server answered %1 %2.").arg(status).arg(reason).trimmed();
            m_result.authRequired = status == 401 || status == 403;
            if (status == 401 && !m_request.credentials.isEmpty())
                m_result.error
                    += QLatin1Char(' ') + Text::tr("It refused the stored user name and password.");
            else if (status == 401)
                m_result.error
                    += QLatin1Char(' ') + Text::tr("This feed needs a user name and password.");
            else if (status == 403)
                m_result.error += QLatin1Char(' ')
                    + Text::tr("It refuses access: the feed may need a subscription or other "
                               "credentials.");
            if (status == 429 || status == 503) {
                if (m_result.retryAfter.isValid())
                    m_result.error += QLatin1Char(' ')
                        + Text::tr("It asks to try again after %1.")
                              .arg(QLocale().toString(
                                  m_result.retryAfter.toLocalTime(), QLocale::ShortFormat));
            }
        } else {
            // Closed before any answer: a kept-alive connection the server was closing as the
            // request went out. Browsers send such a GET once more, on a new connection.
            if (reply->error() == QNetworkReply::RemoteHostClosedError && !m_resent) {
                m_resent = true;
                reply->disconnect(this);
                reply->deleteLater();
                m_reply = nullptr;
                send(url);
                return;
            }
            m_result.error
                = networkErrorText(reply->error(), reply->errorString(), m_request.idleTimeoutMs);
        }
        report();
    }

    // A server that closes right after a complete answer (HTTP/1.0 habits, a keep-alive timeout)
    // races Qt's read of it: every byte that Content-Length announced is here, so it is whole.
    bool arrivedWhole(QNetworkReply *reply) const
    {
        bool known = false;
        const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
        return reply->error() == QNetworkReply::RemoteHostClosedError && known
            && m_received == length;
    }

    void finishWithError(const QString &error)
    {
        if (m_reported)
            return;
        m_result.error = error;
        m_result.finalUrl = m_reply ? m_reply->url() : m_request.url;
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        report();
    }

    void report()
    {
        if (m_reported)
            return;
        m_reported = true;
        m_deadline.stop();
        m_body.clear();
        const Done done = std::move(m_done);
        const FetchResult result = std::move(m_result);
        deleteLater();
        if (done)
            done(result);
    }

    QNetworkAccessManager *m_network;
    bool m_credentialsGiven = false;
    FetchRequest m_request;
    Done m_done;
    QUrl m_origin;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    std::unique_ptr<BodyDecoder> m_decoder; // for the current response
    qint64 m_received = 0; // bytes of the current response's body, as sent (still encoded)
    int m_redirects = 0;
    bool m_allPermanent = true;
    bool m_resent = false; // once, after a close before any answer
    bool m_reported = false;
    QTimer m_deadline;
    FetchResult m_result;
};

HttpFetcher::HttpFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void HttpFetcher::get(const FetchRequest &request, Done done)
{
    auto *job = new Job(m_network, request, std::move(done), this);
    job->start();
}

QByteArray HttpFetcher::userAgent()
{
    return QByteArrayLiteral("Oqy/" OQY_VERSION " (news reader for Kazakhstan; +https://oqy.kz)");
}

} // namespace oqy
