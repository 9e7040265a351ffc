#pragma once

// A stand-in for Tiny Tiny RSS's JSON API (level 15) for tests, answering with the shapes the
// real server gives (docs/sync.md): one user, a category, feeds and articles with their marks,
// and faults on demand. Mount it on a TestHttpServer route ending in "/api/".
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The server's side: one user, categories, feeds and articles with their marks.
struct FakeTtrss
{
    struct Item
    {
        qint64 id;
        qint64 feed;
        QString title;
        bool unread = true;
        bool marked = false;
    };
    enum class Fault { None, Garbage, ServerError };

    QString password = QStringLiteral("Құпия");
    bool apiEnabled = true;
    bool expireSessionOnce = false;
    Fault fault = Fault::None;
    int logins = 0;
    QList<QJsonObject> updates; // updateArticle calls as received
    QList<QPair<qint64, QString>> feeds { { 7, QStringLiteral("http://[::1]/aktobe.xml") } };
    QList<Item> items {
        { 101, 7, QStringLiteral("Ақтөбе облысында жаңа мектеп ашылды"), true, false },
        { 102, 7, QStringLiteral("В Актобе отремонтируют мост через Илек"), false, true },
    };

    static QByteArray answer(const QJsonValue &content, bool ok = true)
    {
        return QJsonDocument(
            QJsonObject { { QStringLiteral("seq"), 0 }, { QStringLiteral("status"), ok ? 0 : 1 },
                { QStringLiteral("content"), content } })
            .toJson(QJsonDocument::Compact);
    }
    static QByteArray error(const QString &code)
    {
        return answer(QJsonObject { { QStringLiteral("error"), code } }, false);
    }

    QJsonObject headline(const Item &i) const
    {
        return { { QStringLiteral("id"), i.id }, { QStringLiteral("feed_id"), i.feed },
            { QStringLiteral("title"), i.title },
            { QStringLiteral("link"), QStringLiteral("http://[::1]/aktobe/news/%1").arg(i.id) },
            { QStringLiteral("unread"), i.unread }, { QStringLiteral("marked"), i.marked },
            { QStringLiteral("updated"), 1795000000 + i.id },
            { QStringLiteral("content"),
                QStringLiteral("<p>%1. Жұмыс жалғасуда.</p><script>x()</script>").arg(i.title) },
            { QStringLiteral("author"), QStringLiteral("Редакция") },
            { QStringLiteral("tags"), QJsonArray { QString() } } };
    }

    TestHttpServer::Response handle(const TestHttpServer::Request &request)
    {
        auto ok = [](const QByteArray &body) {
            return TestHttpServer::Response { 200, { { "Content-Type", "text/json" } }, body };
        };
        if (fault == Fault::Garbage)
            return ok("<html><body>502 Bad Gateway</body></html>");
        if (fault == Fault::ServerError)
            return { 500, {}, {} };
        const QJsonObject call = QJsonDocument::fromJson(request.body).object();
        const QString op = call.value(QLatin1String("op")).toString();
        if (op == QLatin1String("login")) {
            if (!apiEnabled)
                return ok(error(QStringLiteral("API_DISABLED")));
            if (call.value(QLatin1String("user")).toString() != QLatin1String("admin")
                || call.value(QLatin1String("password")).toString() != password)
                return ok(error(QStringLiteral("LOGIN_ERROR")));
            ++logins;
            return ok(answer(QJsonObject {
                { QStringLiteral("session_id"), QStringLiteral("sid-%1").arg(logins) },
                { QStringLiteral("api_level"), 15 } }));
        }
        if (call.value(QLatin1String("sid")).toString() != QStringLiteral("sid-%1").arg(logins))
            return ok(error(QStringLiteral("NOT_LOGGED_IN")));
        if (expireSessionOnce) {
            expireSessionOnce = false;
            return ok(error(QStringLiteral("NOT_LOGGED_IN")));
        }
        if (op == QLatin1String("getCategories"))
            return ok(
                answer(QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("1") },
                                        { QStringLiteral("title"), QStringLiteral("Облыстар") } },
                    QJsonObject { { QStringLiteral("id"), -1 },
                        { QStringLiteral("title"), QStringLiteral("Special") } } }));
        if (op == QLatin1String("getFeeds")) {
            QJsonArray out;
            for (const auto &[id, url] : std::as_const(feeds))
                out.append(
                    QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("feed_url"), url },
                        { QStringLiteral("title"), QStringLiteral("Ақтөбе жаңалықтары") },
                        { QStringLiteral("cat_id"), 1 } });
            return ok(answer(out));
        }
        if (op == QLatin1String("getHeadlines")) {
            const int feed = call.value(QLatin1String("feed_id")).toInt();
            const QString mode = call.value(QLatin1String("view_mode")).toString();
            const qint64 since = call.value(QLatin1String("since_id")).toInteger();
            QList<Item> chosen;
            for (const Item &i : std::as_const(items))
                if (i.id > since && (feed != -1 || i.marked)
                    && (mode != QLatin1String("unread") || i.unread))
                    chosen.prepend(i); // newest first
            const int skip = call.value(QLatin1String("skip")).toInt();
            const int limit = qMin(200, call.value(QLatin1String("limit")).toInt(200));
            QJsonArray out;
            for (const Item &i : chosen.mid(skip, limit))
                out.append(headline(i));
            return ok(answer(out));
        }
        if (op == QLatin1String("updateArticle")) {
            updates.append(call);
            const QStringList ids
                = call.value(QLatin1String("article_ids")).toString().split(QLatin1Char(','));
            for (Item &i : items)
                if (ids.contains(QString::number(i.id))) {
                    const bool value = call.value(QLatin1String("mode")).toInt() == 1;
                    (call.value(QLatin1String("field")).toInt() == 2 ? i.unread : i.marked) = value;
                }
            return ok(answer(QJsonObject { { QStringLiteral("status"), QStringLiteral("OK") },
                { QStringLiteral("updated"), ids.size() } }));
        }
        return ok(error(QStringLiteral("UNKNOWN_METHOD")));
    }
};
