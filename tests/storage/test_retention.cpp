// Retention: old articles go, the cache fits its cap, photos nobody shows any more are listed for
// deletion, bookmarks and their photos stay, and a removed article does not come back as new while
// its feed still lists it.
#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/imagestore.h"
#include "storage/migrator.h"
#include "storage/retention.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include <memory>

using namespace oqy;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

Article item(int n, int daysAgo)
{
    Article a;
    a.guid = QStringLiteral("kz-%1").arg(n);
    a.url = QStringLiteral("https://ural.example.kz/news/%1").arg(n);
    a.title = QStringLiteral("В Уральске новость номер %1").arg(n);
    a.published = Now.addDays(-daysAgo);
    a.text = QStringLiteral("Текст статьи об Уральске. ").repeated(40);
    a.html = QStringLiteral("<p>") + a.text + QStringLiteral("</p>");
    a.leadImage.url = QStringLiteral("https://ural.example.kz/img/%1.jpg").arg(n);
    return a;
}

RetentionPolicy policyOf(int keepDays, qint64 maxCacheBytes)
{
    RetentionPolicy policy;
    policy.keepDays = keepDays;
    policy.maxCacheBytes = maxCacheBytes;
    return policy;
}

int count(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    st.step();
    return st.integer(0);
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_owner;
    Database &db() { return *m_owner; }
    qint64 m_feed = 0;
    QList<Article> m_items;
    QList<qint64> m_ids;

private slots:
    void init()
    {
        m_owner = std::make_unique<Database>(Database::inMemory());
        Migrator().migrate(*m_owner);
        m_feed = FeedStore(db()).add(QStringLiteral("https://ural.example.kz/rss"));
        m_items.clear();
        for (int n = 0; n < 10; ++n)
            m_items.append(item(n, n * 10)); // 0, 10, … 90 days old
        // Each received when it was published, as a feed read every day would have them.
        m_ids.clear();
        for (const Article &a : std::as_const(m_items))
            m_ids += ArticleStore(db()).saveFromFeed(m_feed, { a }, a.published).newIds;
        QCOMPARE(m_ids.size(), 10);
        // Every photo stored, 100 KB each; photos 8 and 9 are the same file.
        ImageStore images(db());
        for (int n = 0; n < 10; ++n)
            images.recordStored(m_items[n].leadImage.url,
                n >= 8 ? QStringLiteral("same") : QStringLiteral("sha%1").arg(n),
                QStringLiteral("image/jpeg"), 100 * 1024);
    }

    void oldArticlesGoButBookmarksStay()
    {
        ArticleStore(db()).setBookmarked(m_ids[9], true); // 90 days old
        const RetentionResult result = applyRetention(db(), policyOf(45, 0), Now);
        QCOMPARE(result.articles, 4); // 50, 60, 70, 80 days old
        QCOMPARE(count(db(), "SELECT count(*) FROM articles"), 6);
        QVERIFY(ArticleStore(db()).load(m_ids[9])); // the bookmark
        QVERIFY(!ArticleStore(db()).load(m_ids[8]));
        // Photo 8 shares its file with the bookmark's photo 9: that file stays.
        QCOMPARE(result.images, 4);
        QCOMPARE(result.filesToDelete.size(), 3);
        QVERIFY(!result.filesToDelete.contains(QStringLiteral("same")));
        QVERIFY(result.filesToDelete.contains(QStringLiteral("sha5")));
    }

    void removedArticlesDoNotComeBackAsNew()
    {
        applyRetention(db(), policyOf(45, 0), Now);
        // The feed still lists all ten.
        QCOMPARE(ArticleStore(db()).saveFromFeed(m_feed, m_items).newIds.size(), 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM articles"), 5);
    }

    void cacheCapRemovesOldestFirst()
    {
        const qint64 before = cacheBytes(db());
        QVERIFY(before > 900 * 1024);
        ArticleStore(db()).setBookmarked(m_ids[9], true);
        const RetentionResult result = applyRetention(db(), policyOf(0, 500 * 1024), Now);
        QVERIFY(cacheBytes(db()) <= 500 * 1024);
        QVERIFY(result.articles >= 4);
        QVERIFY(ArticleStore(db()).load(m_ids[0])); // the newest stays
        QVERIFY(ArticleStore(db()).load(m_ids[9])); // so does the bookmark, oldest as it is
        QVERIFY(!ArticleStore(db()).load(m_ids[8]));
        QCOMPARE(result.bytesFreed, before - cacheBytes(db()));
    }

    // The cap takes read news before unread news the reader has not reached yet (within the
    // kept days); unread news older than that is fair game.
    void capSparesUnreadNewsWithinTheKeptDays()
    {
        ArticleStore store(db());
        store.setRead(m_ids, true);
        store.setRead({ m_ids[2], m_ids[9] }, false); // 20 and 90 days old
        const RetentionResult result = applyRetention(db(), policyOf(60, 1), Now);
        QVERIFY(result.articles >= 7);
        QVERIFY(store.load(m_ids[2])); // unread, 20 days old: kept despite the cap
        QVERIFY(!store.load(m_ids[9])); // unread but beyond 60 days: removed
        QVERIFY(!store.load(m_ids[0])); // read: removed by the cap, newest as it is
    }

    // A quiet outlet's items, an archive, a news list's older entries: published long ago but
    // received today, they are new to the reader and stay the kept days from today.
    void ageCountsFromWhenOqyReceivedIt()
    {
        QList<Article> archive;
        for (int n = 0; n < 3; ++n)
            archive.append(item(100 + n, 200 + 100 * n)); // published 200, 300, 400 days ago
        const QList<qint64> ids = ArticleStore(db()).saveFromFeed(m_feed, archive, Now).newIds;
        QCOMPARE(ids.size(), 3);
        RetentionResult result = applyRetention(db(), policyOf(90, 0), Now);
        QCOMPARE(result.articles, 0); // the ten of init() are at most 90 days old
        for (qint64 id : ids)
            QVERIFY(ArticleStore(db()).load(id));
        // Unread within the kept days: the cap does not take them either.
        result = applyRetention(db(), policyOf(90, 1), Now.addSecs(60));
        for (qint64 id : ids)
            QVERIFY(ArticleStore(db()).load(id));
        // 91 days after they arrived they are old.
        result = applyRetention(db(), policyOf(90, 0), Now.addDays(91));
        for (qint64 id : ids)
            QVERIFY(!ArticleStore(db()).load(id));
    }

    // The refresh that stored articles never removes them, whatever the cap.
    void whatTheRunningRefreshStoredStays()
    {
        const QList<qint64> fresh
            = ArticleStore(db()).saveFromFeed(m_feed, { item(200, 0), item(201, 1) }, Now).newIds;
        ArticleStore(db()).setRead(fresh, true);
        RetentionPolicy policy = policyOf(0, 1);
        policy.keepReceivedSince = Now.addSecs(-60);
        applyRetention(db(), policy, Now);
        for (qint64 id : fresh)
            QVERIFY(ArticleStore(db()).load(id));
        QVERIFY(!ArticleStore(db()).load(m_ids[9])); // the cap took the older ones
    }

    void aCapBookmarksAloneExceedRemovesEverythingElse()
    {
        for (qint64 id : std::as_const(m_ids))
            ArticleStore(db()).setBookmarked(id, true);
        const RetentionResult result = applyRetention(db(), policyOf(1, 1), Now);
        QCOMPARE(result.articles, 0);
        QCOMPARE(count(db(), "SELECT count(*) FROM articles"), 10);
    }

    // The space old articles took goes back to the disk, without a VACUUM: a new database is made
    // in incremental auto-vacuum mode and retention reclaims the pages it freed.
    void removalShrinksTheFile()
    {
        QTemporaryDir dir;
        const DataDir dataDir(dir.path());
        Database file = openDatabase(dataDir);
        const qint64 feed = FeedStore(file).add(QStringLiteral("https://ural.example.kz/rss"));
        file.transaction([&] {
            QList<Article> many;
            for (int n = 0; n < 400; ++n) {
                Article a = item(100 + n, 200);
                a.text = QStringLiteral("Ремонт дороги в Уральске %1 продолжается. ")
                             .arg(n)
                             .repeated(60);
                a.html = QStringLiteral("<p>") + a.text + QStringLiteral("</p>");
                many.append(a);
            }
            ArticleStore(file).saveFromFeed(feed, many, Now.addDays(-200));
        });
        file.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 full = QFileInfo(dataDir.databasePath()).size();
        QVERIFY2(full > 4 * 1024 * 1024, qPrintable(QString::number(full)));
        const RetentionResult result = file.transaction([&] {
            return applyRetention(file, policyOf(90, 0), Now);
        });
        QCOMPARE(result.articles, 400);
        file.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 after = QFileInfo(dataDir.databasePath()).size();
        QVERIFY2(after < full / 4, qPrintable(QStringLiteral("%1 → %2").arg(full).arg(after)));
    }

    // A database made before that mode existed is switched to it when small enough to rewrite at
    // once.
    void olderDatabaseIsSwitchedToIncrementalVacuum()
    {
        QTemporaryDir dir;
        const DataDir dataDir(dir.path());
        QVERIFY(dataDir.ensureExists(nullptr));
        {
            // Made in WAL mode before any table, as Oqy did then: auto-vacuum stays off.
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(dataDir.databasePath().toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(raw);
        }
        {
            Database old(dataDir.databasePath());
            Migrator().migrate(old);
            Statement mode = old.prepareUncached("PRAGMA auto_vacuum");
            mode.step();
            QCOMPARE(mode.integer(0), 0);
        }
        Database reopened = openDatabase(dataDir);
        Statement mode = reopened.prepareUncached("PRAGMA auto_vacuum");
        mode.step();
        QCOMPARE(mode.integer(0), 2);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
