#include "ttrssclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sync)
};

// Headlines with their bodies come 200 at a time; a body this big is not an answer to that.
constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024;

} // namespace

TtrssClient::TtrssClient(QNetworkAccessManager *network, const QUrl &server)
    : m_network(network)
    , m_api(apiUrl(server))
{ }

QUrl TtrssClient::apiUrl(const QUrl &server)
{
    QUrl url = server;
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + server.toString());
    QString path = url.path();
    if (path.endsWith(QLatin1String("/api")) || path.endsWith(QLatin1String("/api/")))
        path = path.left(path.lastIndexOf(QLatin1String("api")));
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QLatin1String("api/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString TtrssClient::serverAddress(const QUrl &server)
{
    const QString api = apiUrl(server).toString();
    return api.left(api.size() - 4); // without "api/"
}

QString TtrssClient::login(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_session.clear();
    QString error;
    QString apiError;
    const QJsonValue content
        = post(QJsonObject { { QStringLiteral("op"), QStringLiteral("login") },
                   { QStringLiteral("user"), user }, { QStringLiteral("password"), password } },
            &error, &apiError);
    if (!error.isEmpty())
        return error;
    m_session = content.toObject().value(QLatin1String("session_id")).toString();
    if (m_session.isEmpty())
        return Text::tr("The server at %1 did not open a session.").arg(m_api.toString());
    return {};
}

QJsonValue TtrssClient::call(const QString &op, QJsonObject params, QString *error)
{
    params.insert(QStringLiteral("op"), op);
    for (int attempt = 0; attempt < 2; ++attempt) {
        params.insert(QStringLiteral("sid"), m_session);
        QString apiError;
        const QJsonValue content = post(params, error, &apiError);
        if (apiError != QLatin1String("NOT_LOGGED_IN") || attempt > 0 || m_user.isEmpty())
            return content;
        // The session ended on the server (it restarted, or logged us out): log in again.
        const QString loginError = login(m_user, m_password);
        if (!loginError.isEmpty()) {
            *error = loginError;
            return {};
        }
        error->clear();
    }
    return {};
}

QJsonValue TtrssClient::post(const QJsonObject &body, QString *error, QString *apiError)
{
    error->clear();
    apiError->clear();
    QNetworkRequest request(m_api);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The API ties a session to the client's User-Agent: it must never change between calls.
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Oqy (Tiny Tiny RSS sync)"));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    bool tooBig = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > MaxAnswerBytes) {
            tooBig = true;
            reply->abort();
        }
    });
    // transferTimeout covers a stalled answer; this covers one that trickles for ever.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline.start(m_timeoutMs * 4);
    if (!reply->isFinished())
        loop.exec();
    const bool timedOut
        = !deadline.isActive() || reply->error() == QNetworkReply::OperationCanceledError;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    reply->deleteLater();

    const QString server = m_api.toString();
    if (tooBig) {
        *error = Text::tr("The server at %1 sent an answer too big to be Tiny Tiny RSS's.")
                     .arg(server);
        return {};
    }
    if (timedOut && netError != QNetworkReply::NoError) {
        *error = Text::tr("The server at %1 did not answer in time; Oqy will try again later.")
                     .arg(server);
        return {};
    }
    if (status == 0 && netError != QNetworkReply::NoError) {
        *error = Text::tr("Cannot reach the server at %1 (%2); Oqy will try again later.")
                     .arg(server, netErrorText);
        return {};
    }
    if (status == 404) {
        *error = Text::tr("There is no Tiny Tiny RSS at %1 (the address gives “not found”).")
                     .arg(server);
        return {};
    }
    if (status >= 400) {
        *error = Text::tr(
            "The server at %1 answered with an error (HTTP %2); Oqy will try again later.")
                     .arg(server)
                     .arg(status);
        return {};
    }
    QJsonParseError parse {};
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parse);
    const QJsonObject object = document.object();
    if (parse.error != QJsonParseError::NoError || !object.contains(QLatin1String("status"))
        || !object.contains(QLatin1String("content"))) {
        *error
            = Text::tr("The server at %1 did not answer like Tiny Tiny RSS: is the address right?")
                  .arg(server);
        return {};
    }
    const QJsonValue content = object.value(QLatin1String("content"));
    if (object.value(QLatin1String("status")).toInt() != 0) {
        *apiError = content.toObject().value(QLatin1String("error")).toString();
        if (*apiError == QLatin1String("LOGIN_ERROR"))
            *error = Text::tr("Tiny Tiny RSS at %1 refused the user name or password.").arg(server);
        else if (*apiError == QLatin1String("API_DISABLED"))
            *error
                = Text::tr("The API is switched off for this user at %1: turn on “Enable API” in "
                           "Tiny Tiny RSS's preferences.")
                      .arg(server);
        else if (*apiError == QLatin1String("NOT_LOGGED_IN"))
            *error = Text::tr("Tiny Tiny RSS at %1 ended the session.").arg(server);
        else
            *error = Text::tr("Tiny Tiny RSS at %1 refused the request (%2).")
                         .arg(server, apiError->isEmpty() ? QStringLiteral("?") : *apiError);
        return {};
    }
    return content;
}

} // namespace oqy
