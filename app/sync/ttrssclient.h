#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace oqy {

// Tiny Tiny RSS's JSON API (api/, level 15 as Debian 12 ships it), one call at a time, waiting in a
// local event loop: for oqy-cli and for a sync running in a worker thread, never the GUI thread.
//
// Every failure becomes one sentence a reader can act on: the server is unreachable, slow, not a
// Tiny Tiny RSS, refuses the password, has the API switched off, or answered something else.
class TtrssClient
{
public:
    TtrssClient(QNetworkAccessManager *network, const QUrl &server);

    // The API's address for a server's address as people write it ("rss.example.kz/tt-rss").
    static QUrl apiUrl(const QUrl &server);
    // The server's address as an account keeps it: the folder that holds api/.
    static QString serverAddress(const QUrl &server);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Logs in; an empty string on success, else the reason.
    QString login(const QString &user, const QString &password);
    // `op` with `params`; the answer's "content", or an error (and a null value). A session that
    // expired is renewed once with the same user and password.
    QJsonValue call(const QString &op, QJsonObject params, QString *error);

private:
    QJsonValue post(const QJsonObject &body, QString *error, QString *apiError);

    QNetworkAccessManager *m_network;
    QUrl m_api;
    QString m_session;
    QString m_user;
    QString m_password;
    int m_timeoutMs = 30'000;
};

} // namespace oqy
