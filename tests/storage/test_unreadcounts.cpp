#include "fixturefeeds.h"
#include "regions/regiontagger.h"
#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/migrator.h"
#include "storage/retention.h"
#include "storage/statement.h"
#include "testenv.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;

// The numbers in the window's tree come from counts the schema keeps with triggers (migration
// 0011). Whatever happens to articles — stored, read, marked unread, tagged again, moved, removed
// by retention, their feed unsubscribed — they must equal a count from scratch.
class TestUnreadCounts : public QObject
{
    Q_OBJECT

    // The definition: unread statuses, by the article's feed and by its regions.
    static UnreadCounts recount(Database &db)
    {
        UnreadCounts counts;
        Statement byFeed = db.prepareUncached(
            "SELECT a.feed_id, count(*) FROM articles a JOIN statuses s ON s.article_id = a.id "
            "WHERE s.read = 0 GROUP BY a.feed_id");
        while (byFeed.step()) {
            counts.unreadByFeed.insert(byFeed.int64(0), byFeed.integer(1));
            counts.unread += byFeed.integer(1);
        }
        Statement byRegion = db.prepareUncached(
            "SELECT r.region, count(*) FROM article_regions r JOIN statuses s ON s.article_id = "
            "r.article_id WHERE s.read = 0 GROUP BY r.region");
        while (byRegion.step())
            counts.unreadByRegion.insert(byRegion.text(0), byRegion.integer(1));
        return counts;
    }

    static bool sameCounts(Database &db, QString *why)
    {
        // A count below zero would hide behind the readers' "n > 0".
        Statement negative
            = db.prepareUncached("SELECT (SELECT count(*) FROM unread_by_feed WHERE n < 0) + "
                                 "(SELECT count(*) FROM unread_by_region WHERE n < 0)");
        negative.step();
        if (negative.integer(0) != 0) {
            *why = QStringLiteral("%1 counts below zero").arg(negative.integer(0));
            return false;
        }
        const UnreadCounts kept = ArticleListQuery(db).unreadCounts(0);
        const UnreadCounts truth = recount(db);
        if (kept.unreadByFeed != truth.unreadByFeed || kept.unreadByRegion != truth.unreadByRegion
            || kept.unread != truth.unread || ArticleListQuery(db).unreadCount() != truth.unread) {
            QStringList feeds;
            for (auto it = truth.unreadByFeed.cbegin(); it != truth.unreadByFeed.cend(); ++it)
                feeds << QStringLiteral("%1: %2 kept %3")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(kept.unreadByFeed.value(it.key()));
            *why = QStringLiteral("unread %1, kept %2; feeds %3; regions kept %4 of %5")
                       .arg(truth.unread)
                       .arg(kept.unread)
                       .arg(feeds.join(QLatin1String(", ")))
                       .arg(kept.unreadByRegion.size())
                       .arg(truth.unreadByRegion.size());
            return false;
        }
        return true;
    }

    static feeds::FeedItems fixtureItems(const QString &name)
    {
        feeds::FeedItems items = testenv::fixtureFeedItems(name);
        // Tagged as a refresh tags them (FeedRefresher).
        const regions::RegionTagger tagger;
        for (Article &article : items.articles)
            article.regions = tagger.tag(article.title, article.text);
        return items;
    }

private slots:
    void followRandomChanges()
    {
        // A fixed seed keeps a failure reproducible; the operations mix in every order.
        const quint32 seed = 20261127;
        QRandomGenerator random(seed);
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const QStringList regions { QStringLiteral("karaganda"), QStringLiteral("aktobe"),
            QStringLiteral("pavlodar"), QStringLiteral("turkistan"), QStringLiteral("shymkent") };
        QList<qint64> feeds;
        for (int i = 0; i < 4; ++i)
            feeds << FeedStore(db).add(QStringLiteral("http://127.0.0.1/feed/%1").arg(i));
        QList<qint64> articles;
        qint64 nextGuid = 0;
        const auto pick = [&](const auto &list) { return list.at(random.bounded(list.size())); };
        const auto tag = [&](qint64 article) {
            for (const QString &region : regions)
                if (random.bounded(3) == 0)
                    db.prepare("INSERT OR IGNORE INTO article_regions (article_id, region, "
                               "published) VALUES (?1, ?2, 0)")
                        .bind(1, article)
                        .bind(2, region)
                        .exec();
        };
        for (int step = 0; step < 3000; ++step) {
            const int op = articles.isEmpty() ? 0 : int(random.bounded(100));
            if (op < 35) { // a new article; its regions before or after its status
                db.prepare("INSERT INTO articles (feed_id, guid, published, fetched_at) "
                           "VALUES (?1, ?2, ?3, ?3)")
                    .bind(1, pick(feeds))
                    .bind(2, QString::number(++nextGuid))
                    .bind(3, qint64(1'700'000'000 + step))
                    .exec();
                const qint64 id = db.lastInsertRowId();
                const bool regionsFirst = random.bounded(2) == 0;
                if (regionsFirst)
                    tag(id);
                db.prepare("INSERT INTO statuses (article_id, read, changed_at) VALUES (?1, ?2, 0)")
                    .bind(1, id)
                    .bind(2, random.bounded(4) == 0 ? 1 : 0)
                    .exec();
                if (!regionsFirst)
                    tag(id);
                articles << id;
            } else if (op < 70) { // read or unread, sometimes the same state again
                ArticleStore(db).setRead({ pick(articles) }, random.bounded(2) == 0);
            } else if (op < 80) { // tagged again
                const qint64 id = pick(articles);
                db.prepare("DELETE FROM article_regions WHERE article_id = ?1").bind(1, id).exec();
                tag(id);
            } else if (op < 90) { // removed
                const qint64 id = articles.takeAt(random.bounded(articles.size()));
                db.prepare("DELETE FROM articles WHERE id = ?1").bind(1, id).exec();
            } else if (op < 96) { // moved to another feed
                db.prepare("UPDATE articles SET feed_id = ?2 WHERE id = ?1")
                    .bind(1, pick(articles))
                    .bind(2, pick(feeds))
                    .exec();
            } else if (op < 98) { // a status row deleted on its own
                db.prepare("DELETE FROM statuses WHERE article_id = ?1")
                    .bind(1, pick(articles))
                    .exec();
            } else { // a feed unsubscribed with its articles, another subscribed
                const qint64 feed = feeds.takeAt(random.bounded(feeds.size()));
                QVERIFY(FeedStore(db).remove(feed));
                Statement left = db.prepareUncached("SELECT id FROM articles");
                articles.clear();
                while (left.step())
                    articles << left.int64(0);
                feeds << FeedStore(db).add(QStringLiteral("http://127.0.0.1/new/%1").arg(step));
            }
            if (step % 25 == 0 || step > 2950) {
                QString why;
                QVERIFY2(sameCounts(db, &why),
                    qPrintable(QStringLiteral("seed %1, step %2, op %3: %4")
                                   .arg(seed)
                                   .arg(step)
                                   .arg(op)
                                   .arg(why)));
            }
        }
        QVERIFY(recount(db).unread > 0); // the run left something to count
    }

    void followTheStoreAndRetention()
    {
        // The way the application writes: a refresh stores and tags, the reader reads, retention
        // removes, the reader unsubscribes.
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const qint64 feed = FeedStore(db).add(QStringLiteral("http://127.0.0.1/feed"));
        ArticleStore store(db);
        const auto saved
            = store.saveFromFeed(feed, fixtureItems(QStringLiteral("regional-ru.rss")).articles);
        QCOMPARE(saved.newIds.size(), 3);
        QString why;
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        const UnreadCounts counts = ArticleListQuery(db).unreadCounts(0);
        QCOMPARE(counts.unread, 3);
        QCOMPARE(counts.unreadByFeed.value(feed), 3);
        QVERIFY(counts.unreadByRegion.value(QStringLiteral("karaganda")) >= 1);

        store.setRead({ saved.newIds.at(0), saved.newIds.at(1) }, true);
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        QCOMPARE(ArticleListQuery(db).unreadCount(), 1);
        store.setRead({ saved.newIds.at(1) }, false);
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        QCOMPARE(ArticleListQuery(db).unreadCount(), 2);

        // Everything is older than a day in the fixture: retention removes it all.
        RetentionPolicy policy;
        policy.keepDays = 1;
        const RetentionResult removed
            = applyRetention(db, policy, QDateTime::currentDateTimeUtc().addYears(5));
        QCOMPARE(removed.articles, 3);
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        QCOMPARE(ArticleListQuery(db).unreadCounts(0).unread, 0);
        QVERIFY(ArticleListQuery(db).unreadCounts(0).unreadByRegion.isEmpty());

        store.saveFromFeed(feed, fixtureItems(QStringLiteral("regional-ru.rss")).articles);
        QVERIFY(FeedStore(db).remove(feed));
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        Statement rows = db.prepareUncached("SELECT count(*) FROM unread_by_feed");
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 0); // the feed's row went with it
    }

    void countsArticlesStoredBeforeTheMigration()
    {
        const Migrator all;
        QTemporaryDir migrations;
        for (const Migrator::Migration &m : all.migrations())
            if (m.version < 11)
                QVERIFY(QFile::copy(m.path, migrations.filePath(QFileInfo(m.path).fileName())));
        Database db = Database::inMemory();
        Migrator(migrations.path()).migrate(db);
        QCOMPARE(db.userVersion(), 10);
        // Rows as that schema had them (today's ArticleStore writes columns it lacked).
        db.exec("INSERT INTO feeds (url, added_at) VALUES ('http://127.0.0.1/feed', 0)");
        for (int i = 1; i <= 3; ++i) {
            db.prepareUncached("INSERT INTO articles (feed_id, guid, published, fetched_at) "
                               "VALUES (1, ?1, ?2, ?2)")
                .bind(1, QStringLiteral("g%1").arg(i))
                .bind(2, qint64(1'700'000'000 + i))
                .exec();
            db.prepareUncached("INSERT INTO statuses (article_id, read, changed_at) VALUES (?1, ?2, 0)")
                .bind(1, qint64(i))
                .bind(2, i == 1)
                .exec();
            db.prepareUncached("INSERT INTO article_regions (article_id, region, published) "
                               "VALUES (?1, 'karaganda', 0)")
                .bind(1, qint64(i))
                .exec();
        }
        all.migrate(db);
        QString why;
        QVERIFY2(sameCounts(db, &why), qPrintable(why));
        QCOMPARE(ArticleListQuery(db).unreadCounts(0).unread, 2);
    }
};

QTEST_GUILESS_MAIN(TestUnreadCounts)
#include "test_unreadcounts.moc"
