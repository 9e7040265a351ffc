#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "fixturefeeds.h"
#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/migrator.h"
#include "storage/storagewriter.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace oqy;

// Feed → database → list: what a refresh stores is what the list and the reader pane show, and
// the reader's state (read, bookmarked) survives the next refresh of the same feed.
class TestArticleStore : public QObject
{
    Q_OBJECT

    static feeds::FeedItems fixtureItems(const QString &name)
    {
        return testenv::fixtureFeedItems(name);
    }

private slots:
    void storesAndLists()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const qint64 feed = FeedStore(db).add(QStringLiteral("http://127.0.0.1/feed"));
        const auto items = fixtureItems(QStringLiteral("regional-ru.rss"));
        ArticleStore store(db);
        const auto saved = store.saveFromFeed(feed, items.articles);
        QCOMPARE(saved.newIds.size(), 3);

        const QList<ArticleRow> rows = ArticleListQuery(db).page({}, std::nullopt, 50);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].title, QStringLiteral("В Нуринском районе открыли новую школу на 600 мест"));
        QVERIFY(rows[0].published > rows[1].published);
        QVERIFY(!rows[0].read);

        const auto stored = store.load(rows[0].id);
        QVERIFY(stored);
        QCOMPARE(stored->article.leadImage.credit, QStringLiteral("Акимат Карагандинской области"));
        QVERIFY(stored->article.text.contains(QStringLiteral("полтора года")));
        QCOMPARE(stored->bodySource, QStringLiteral("feed"));

        // The same feed again: nothing new, state kept.
        store.setRead({rows[0].id}, true);
        store.setBookmarked(rows[1].id, true, QStringLiteral("прочитать вечером"));
        QCOMPARE(store.saveFromFeed(feed, items.articles).newIds.size(), 0);
        QVERIFY(store.status(rows[0].id).read);
        QVERIFY(store.status(rows[1].id).bookmarked);

        ArticleFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(ArticleListQuery(db).page(unread, std::nullopt, 50).size(), 2);
        ArticleFilter bookmarked;
        bookmarked.bookmarkedOnly = true;
        QCOMPARE(ArticleListQuery(db).page(bookmarked, std::nullopt, 50).size(), 1);
        ArticleFilter search;
        search.search = QStringLiteral("Жезказган");
        QCOMPARE(ArticleListQuery(db).page(search, std::nullopt, 50).size(), 1);
    }

    void pageBodyWinsOverTheFeed()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const qint64 feed = FeedStore(db).add(QStringLiteral("http://127.0.0.1/feed"));
        const auto items = fixtureItems(QStringLiteral("regional-ru.rss"));
        ArticleStore store(db);
        const qint64 id = store.saveFromFeed(feed, items.articles).newIds.first();

        const QString feedSummary = store.load(id)->article.summary;
        Article page;
        page.html = QStringLiteral("<p>Полный текст со страницы.</p><blockquote><p>Цитата</p><cite>аким</cite></blockquote>");
        page.text = QStringLiteral("Полный текст со страницы.\nЦитата\nаким");
        page.language = QStringLiteral("ru");
        page.leadImage = {QStringLiteral("https://example.kz/lead.jpg"), QStringLiteral("Школа"), QStringLiteral("Акорда"), QStringLiteral("Фото: Акорда")};
        page.pullQuotes = {{QStringLiteral("Цитата"), QStringLiteral("аким")}};
        QVERIFY(store.savePageBody(id, page));
        QVERIFY(!store.savePageBody(id + 1000, page));

        auto stored = store.load(id);
        QCOMPARE(stored->bodySource, QStringLiteral("page"));
        QCOMPARE(stored->article.html, page.html);
        QCOMPARE(stored->article.leadImage, page.leadImage);
        QCOMPARE(stored->article.pullQuotes, page.pullQuotes);
        QCOMPARE(stored->article.summary, feedSummary); // the feed's teaser stays for the list

        // The next refresh of the feed does not put the teaser back.
        store.saveFromFeed(feed, items.articles);
        stored = store.load(id);
        QCOMPARE(stored->bodySource, QStringLiteral("page"));
        QCOMPARE(stored->article.html, page.html);
        QCOMPARE(stored->article.leadImage.credit, QStringLiteral("Акорда"));
    }

    void pagesByKey()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const qint64 feed = FeedStore(db).add(QStringLiteral("http://127.0.0.1/many"));
        QList<Article> many;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 450; ++i) {
            Article a;
            a.guid = QString::number(i);
            a.title = QStringLiteral("Новость %1").arg(i);
            a.published = start.addSecs((i / 3) * 60); // ties on purpose
            many.append(a);
        }
        ArticleStore(db).saveFromFeed(feed, many);
        QList<qint64> seen;
        std::optional<PageCursor> cursor;
        while (true) {
            const auto page = ArticleListQuery(db).page({}, cursor, 100);
            for (const auto &row : page)
                seen.append(row.id);
            if (page.size() < 100)
                break;
            cursor = PageCursor{page.last().published.toSecsSinceEpoch(), page.last().id};
        }
        QCOMPARE(seen.size(), 450);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 450);

        // Oldest first: the same articles, each once, in the opposite order.
        QList<qint64> oldest;
        ArticleFilter filter;
        filter.oldestFirst = true;
        cursor.reset();
        while (true) {
            const auto page = ArticleListQuery(db).page(filter, cursor, 100);
            for (const auto &row : page)
                oldest.append(row.id);
            if (page.size() < 100)
                break;
            cursor = PageCursor { page.last().published.toSecsSinceEpoch(), page.last().id };
        }
        QList<qint64> reversed(seen.rbegin(), seen.rend());
        QCOMPARE(oldest, reversed);
    }

    void regionFilter()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        const qint64 feed = FeedStore(db).add(QStringLiteral("http://127.0.0.1/feed"));
        const auto ids = ArticleStore(db).saveFromFeed(feed, fixtureItems(QStringLiteral("regional-ru.rss")).articles).newIds;
        Statement tag = db.prepareUncached(
            "INSERT INTO article_regions (article_id, region, published) "
            "SELECT id, 'karaganda', published FROM articles WHERE id = ?1");
        tag.bind(1, ids[0]).exec();
        ArticleFilter filter;
        filter.regions = {QStringLiteral("karaganda")};
        const auto rows = ArticleListQuery(db).page(filter, std::nullopt, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].regions, QStringList{QStringLiteral("karaganda")});
    }

    void writerRunsOffTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oqy.sqlite"));
        {
            Database db(path);
            Migrator().migrate(db);
        }
        StorageWriter writer(path);
        QThread *writerThread = nullptr;
        QString error = QStringLiteral("not called");
        QObject context;
        writer.submit([&](Database &db) {
            writerThread = QThread::currentThread();
            FeedStore(db).add(QStringLiteral("http://127.0.0.1/x"));
        }, &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.isEmpty());
        QVERIFY(writerThread && writerThread != QThread::currentThread());
        // A failing job rolls back and reports, the writer carries on.
        writer.submit([](Database &db) {
            FeedStore(db).add(QStringLiteral("http://127.0.0.1/y"));
            db.exec("INSERT INTO nothing VALUES (1)");
        }, &context, [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.contains(QStringLiteral("nothing")));
        writer.waitForIdle();
        Database check(path, Database::Access::ReadOnly);
        QCOMPARE(FeedStore(check).all().size(), 1);
    }

    void housekeepingRunsWhileAnotherProcessWrites()
    {
        // The start-up backup reads on the writer thread while oqy-cli may hold the write lock: it
        // must neither wait for the lock (5 s busy timeout) nor fail for it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oqy.sqlite"));
        {
            Database db(path);
            Migrator().migrate(db);
            FeedStore(db).add(QStringLiteral("http://127.0.0.1/x"));
        }
        Database other(path);
        other.exec("BEGIN IMMEDIATE");
        FeedStore(other).add(QStringLiteral("http://127.0.0.1/y")); // not committed yet
        StorageWriter writer(path);
        QElapsedTimer timer;
        timer.start();
        std::atomic<int> feeds = -1;
        std::atomic<bool> onWriterThread = false;
        QThread *const caller = QThread::currentThread();
        writer.runOutsideTransaction([&](Database &db) {
            onWriterThread = QThread::currentThread() != caller;
            feeds = int(FeedStore(db).all().size());
        });
        QTRY_VERIFY_WITH_TIMEOUT(feeds >= 0, 3000);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(onWriterThread);
        QCOMPARE(int(feeds), 1); // the committed state, not the other writer's
        other.exec("ROLLBACK");
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "test_articlestore.moc"
