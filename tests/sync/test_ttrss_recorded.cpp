// Sync against a stand-in for Tiny Tiny RSS on loopback that answers with the shapes the real
// server gave (docs/sync.md; test_ttrss_sync runs the real one): what comes down, what goes up,
// and what happens when the server is down, slow to keep a session, or answers garbage — a clear
// error, and no change made in Oqy lost.
#include "testhttpserver.h"

#include "storage/accountstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/migrator.h"
#include "sync/accountsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace oqy;

namespace {

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

} // namespace

class TestTtrssRecorded : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fake = FakeTtrss();
        m_server = std::make_unique<TestHttpServer>();
        m_server->route(QStringLiteral("/tt-rss/api/"),
            [this](const TestHttpServer::Request &r) { return m_fake.handle(r); });
        QVERIFY(m_server->start());
        m_db = std::make_unique<Database>(Database::inMemory());
        Migrator().migrate(*m_db);
        m_account = AccountStore(*m_db).add(m_server->url(QStringLiteral("/tt-rss/")).toString(),
            QStringLiteral("admin"), QStringLiteral("secret-id"));
    }

    void feedsArticlesAndMarksComeDown()
    {
        const SyncReport report = sync();
        QCOMPARE(report.error, QString());
        QCOMPARE(report.feedsAdded, 1);
        QCOMPARE(report.newArticles, 2);
        const QList<Feed> feeds = FeedStore(*m_db).all();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds[0].folder, QStringLiteral("Облыстар"));
        QCOMPARE(feeds[0].accountId, m_account);
        const qint64 school = local(101);
        const qint64 bridge = local(102);
        ArticleStore articles(*m_db);
        QCOMPARE(articles.status(school).read, false);
        QCOMPARE(articles.status(bridge).read, true);
        QCOMPARE(articles.status(bridge).bookmarked, true);
        const auto stored = articles.load(school);
        QVERIFY(stored);
        QVERIFY2(!stored->article.html.contains(QLatin1String("script")),
            qPrintable(stored->article.html));
        QCOMPARE(stored->article.url, QStringLiteral("http://[::1]/aktobe/news/101"));
        QVERIFY(stored->article.text.startsWith(
            QStringLiteral("Ақтөбе облысында жаңа мектеп ашылды.")));
        QCOMPARE(stored->regions.value(0).slug, QStringLiteral("aktobe"));
        // Nothing that came from the server is queued to go back.
        QCOMPARE(AccountStore(*m_db).pendingChanges(m_account).size(), 0);
        // A second sync brings nothing twice.
        QCOMPARE(sync().newArticles, 0);
        QCOMPARE(m_fake.updates.size(), 0);
    }

    void changesGoUpAndOthersComeDown()
    {
        QCOMPARE(sync().error, QString());
        ArticleStore articles(*m_db);
        articles.setRead({ local(101) }, true);
        articles.setBookmarked(local(102), false);
        QCOMPARE(AccountStore(*m_db).pendingChanges(m_account).size(), 2);
        // Meanwhile another device starred the school article on the server.
        m_fake.items[0].marked = true;
        const SyncReport report = sync();
        QCOMPARE(report.error, QString());
        QCOMPARE(report.changesSent, 2);
        QCOMPARE(m_fake.updates.size(), 2);
        QCOMPARE(m_fake.items[0].unread, false);
        QCOMPARE(m_fake.items[1].marked, false);
        QCOMPARE(AccountStore(*m_db).pendingChanges(m_account).size(), 0);
        QCOMPARE(articles.status(local(101)).bookmarked, true);
        QCOMPARE(articles.status(local(102)).bookmarked, false);
    }

    void nothingLostWhileTheServerFails()
    {
        QCOMPARE(sync().error, QString());
        ArticleStore(*m_db).setRead({ local(101) }, true);

        m_fake.fault = FakeTtrss::Fault::Garbage;
        QVERIFY2(sync().error.contains(QLatin1String("did not answer like Tiny Tiny RSS")),
            qPrintable(sync().error));
        m_fake.fault = FakeTtrss::Fault::ServerError;
        QVERIFY2(sync().error.contains(QLatin1String("HTTP 500")), qPrintable(sync().error));
        QCOMPARE(AccountStore(*m_db).byId(m_account)->lastError.contains(QLatin1String("HTTP 500")),
            true);
        // The server gone altogether.
        const QString url = AccountStore(*m_db).byId(m_account)->url;
        m_server->close();
        QVERIFY2(sync().error.contains(QLatin1String("Cannot reach")), qPrintable(sync().error));
        QCOMPARE(AccountStore(*m_db).pendingChanges(m_account).size(), 1);
        QCOMPARE(ArticleStore(*m_db).status(local(101)).read, true);
        QCOMPARE(m_fake.items[0].unread, true);

        // Back: the change goes up, the error is cleared.
        QVERIFY(m_server->listen(QHostAddress::LocalHost, QUrl(url).port()));
        m_fake.fault = FakeTtrss::Fault::None;
        const SyncReport report = sync();
        QCOMPARE(report.error, QString());
        QCOMPARE(report.changesSent, 1);
        QCOMPARE(m_fake.items[0].unread, false);
        QCOMPARE(AccountStore(*m_db).byId(m_account)->lastError, QString());
        QVERIFY(AccountStore(*m_db).byId(m_account)->lastSync.isValid());
    }

    void loginProblemsAreTold()
    {
        QVERIFY(sync(QStringLiteral("wrong"))
                    .error.contains(QLatin1String("refused the user name or password")));
        m_fake.apiEnabled = false;
        QVERIFY(sync().error.contains(QLatin1String("Enable API")));
        QCOMPARE(FeedStore(*m_db).all().size(), 0);
    }

    void anEndedSessionIsRenewed()
    {
        m_fake.expireSessionOnce = true;
        QCOMPARE(sync().error, QString());
        QCOMPARE(m_fake.logins, 2);
        QCOMPARE(ArticleStore(*m_db).status(local(102)).read, true);
    }

    void headlinesComePageByPage()
    {
        for (int i = 0; i < 5; ++i)
            m_fake.items.append(
                { 200 + i, 7, QStringLiteral("Хромтау жаңалығы %1").arg(i), i % 2 == 0, false });
        const SyncReport report = sync(QString(), 2);
        QCOMPARE(report.error, QString());
        QCOMPARE(report.newArticles, 7);
        QCOMPARE(ArticleStore(*m_db).status(local(204)).read, false);
        QCOMPARE(ArticleStore(*m_db).status(local(203)).read, true);
        // Only newer ones are asked for next time.
        m_fake.items.append({ 300, 7, QStringLiteral("Жаңа"), true, false });
        QCOMPARE(sync(QString(), 2).newArticles, 1);
    }

    void feedsRemovedElsewhereGoHereToo()
    {
        QCOMPARE(sync().error, QString());
        m_fake.feeds.clear();
        m_fake.items.clear();
        const SyncReport report = sync();
        QCOMPARE(report.feedsRemoved, 1);
        QCOMPARE(FeedStore(*m_db).all().size(), 0);
        // Not sent back as an unsubscription of ours.
        QCOMPARE(AccountStore(*m_db).pendingUnsubscribes(m_account).size(), 0);
    }

private:
    SyncReport sync(const QString &password = {}, int pageSize = 200)
    {
        AccountSync engine(*m_db, &m_network);
        engine.setPageSize(pageSize);
        engine.setTimeout(5000);
        return engine.run(*AccountStore(*m_db).byId(m_account),
            { QStringLiteral("admin"), password.isEmpty() ? m_fake.password : password, {}, {} });
    }

    qint64 local(qint64 remoteId)
    {
        return AccountStore(*m_db).articleFor(m_account, remoteId).value_or(0);
    }

    FakeTtrss m_fake;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;
    qint64 m_account = 0;
};

QTEST_GUILESS_MAIN(TestTtrssRecorded)
#include "test_ttrss_recorded.moc"
