// Sync against a stand-in for Tiny Tiny RSS on loopback that answers with the shapes the real
// server gave (docs/sync.md; test_ttrss_sync runs the real one): what comes down, what goes up,
// and what happens when the server is down, slow to keep a session, or answers garbage — a clear
// error, and no change made in Oqy lost.
#include "fakettrss.h"
#include "testhttpserver.h"

#include "storage/accountstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/migrator.h"
#include "sync/accountsync.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace oqy;

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
