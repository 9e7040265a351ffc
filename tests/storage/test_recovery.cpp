// A damaged database costs the reader nothing that cannot be downloaded again: start-up finds the
// damage, moves the file aside, says so, and brings back subscriptions (folders, outlets, news-list
// pages) and bookmarks (full text and notes) from the automatic backup in backups/.
#include "core/outlet.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "storage/outletstore.h"
#include "storage/safetybackup.h"
#include "testcli.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;

class TestRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    DataDir dataDir() const { return DataDir(m_dir->path()); }

    using Cli = testcli::Result;
    Cli cli(const QStringList &args) { return testcli::run(args, m_dir->path()); }

    // Two outlets' worth of a reader's data: a feed in a folder, a news-list page tied to its
    // outlet, six articles, two of them bookmarked (one with a note).
    void fill()
    {
        Database db = openDatabase(dataDir());
        db.transaction([&] {
            FeedStore feeds(db);
            const qint64 feed = feeds.add(QStringLiteral("https://ustinka.kz/rss"),
                Feed::Kind::Feed, QStringLiteral("Устинка Live"));
            feeds.setFolder(feed, QStringLiteral("Восток"));
            const qint64 list = feeds.add(QStringLiteral("https://aktobe.kz/news/"),
                Feed::Kind::NewsList, QStringLiteral("Ақтөбе жаңалықтары"));
            feeds.setRefreshMinutes(list, 120);
            Outlet outlet;
            outlet.name = QStringLiteral("Ақтөбе жаңалықтары");
            outlet.site = QStringLiteral("https://aktobe.kz/");
            outlet.homeRegion = QStringLiteral("aktobe");
            outlet.languages = { QStringLiteral("kk") };
            OutletStore(db).tie(list, OutletStore(db).upsert(outlet));
            QList<Article> items;
            for (int i = 0; i < 6; ++i) {
                Article a;
                a.guid = QStringLiteral("u-%1").arg(i);
                a.url = QStringLiteral("https://ustinka.kz/news/%1").arg(i);
                a.title = QStringLiteral("В Усть-Каменогорске открыли мост №%1").arg(i);
                a.text = QStringLiteral("Мост через Ульбу открыли после ремонта. ").repeated(30);
                a.html = QStringLiteral("<p>") + a.text + QStringLiteral("</p>");
                a.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * i);
                items.append(a);
            }
            const QList<qint64> ids = ArticleStore(db).saveFromFeed(feed, items).newIds;
            ArticleStore(db).setBookmarked(ids[1], true, QStringLiteral("показать соседям"));
            ArticleStore(db).setBookmarked(ids[4], true);
        });
        QString error;
        QVERIFY2(safetybackup::update(db, dataDir(), &error), qPrintable(error));
    }

    QString dbPath() const { return dataDir().databasePath(); }

    // Overwrites `bytes` at `offset` of the database file (closed, checkpointed).
    void damage(qint64 offset, const QByteArray &bytes)
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    qint64 rootPageOffset(const char *table)
    {
        Database db(dbPath());
        Statement page = db.prepareUncached("PRAGMA page_size");
        page.step();
        const qint64 size = page.int64(0);
        Statement root = db.prepareUncached("SELECT rootpage FROM sqlite_schema WHERE name = ?1");
        root.bind(1, QString::fromLatin1(table)).step();
        return (root.int64(0) - 1) * size;
    }

    // What the reader sees after repair, through the CLI.
    void checkEverythingCameBack(const Cli &first)
    {
        QCOMPARE(first.exit, 0);
        QVERIFY2(first.err.contains("damaged"), first.err.constData());
        QVERIFY2(first.err.contains("2 subscription(s) and 2 bookmark(s) were restored"),
            first.err.constData());
        // The damaged file is kept, not deleted.
        const QStringList moved
            = QDir(dataDir().backupsPath()).entryList({ QStringLiteral("damaged-*") }, QDir::Dirs);
        QCOMPARE(moved.size(), 1);
        QVERIFY(QFile::exists(
            QDir(dataDir().backupsPath()).filePath(moved.first() + QStringLiteral("/oqy.sqlite"))));

        const QJsonArray marks = QJsonDocument::fromJson(first.out).array();
        QCOMPARE(marks.size(), 2);
        QStringList titles;
        for (const QJsonValue &m : marks)
            titles.append(m[QLatin1String("title")].toString());
        titles.sort();
        QCOMPARE(titles,
            (QStringList { QStringLiteral("В Усть-Каменогорске открыли мост №1"),
                QStringLiteral("В Усть-Каменогорске открыли мост №4") }));

        Database db(dbPath());
        Statement note = db.prepareUncached(
            "SELECT s.note, b.text FROM statuses s JOIN article_bodies b ON "
            "b.article_id = s.article_id WHERE s.bookmarked = 1 AND s.note <> ''");
        QVERIFY(note.step());
        QCOMPARE(note.text(0), QStringLiteral("показать соседям"));
        QVERIFY(note.text(1).startsWith(QStringLiteral("Мост через Ульбу")));

        FeedStore feeds(db);
        const auto feed = feeds.byUrl(QStringLiteral("https://ustinka.kz/rss"));
        QVERIFY(feed);
        QCOMPARE(feed->folder, QStringLiteral("Восток"));
        const auto list = feeds.byUrl(QStringLiteral("https://aktobe.kz/news/"));
        QVERIFY(list);
        QCOMPARE(list->kind, Feed::Kind::NewsList);
        QCOMPARE(list->refreshMinutes, 120);
        Statement region = db.prepareUncached("SELECT o.home_region FROM feeds f JOIN outlets o ON "
                                              "o.id = f.outlet_id WHERE f.id = ?1");
        QVERIFY(region.bind(1, list->id).step());
        QCOMPARE(region.text(0), QStringLiteral("aktobe"));

        // The next start finds nothing wrong and moves nothing.
        const Cli again = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(again.exit, 0);
        QVERIFY2(!again.err.contains("damaged"), again.err.constData());
        QCOMPARE(QDir(dataDir().backupsPath())
                     .entryList({ QStringLiteral("damaged-*") }, QDir::Dirs)
                     .size(),
            1);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        fill();
    }

    void soundDatabaseIsLeftAlone()
    {
        OpenReport report;
        {
            Database db = openDatabase(dataDir(), &report);
        }
        QVERIFY(!report.recovered());
        QVERIFY(QFile::exists(dbPath()));
        QCOMPARE(QDir(dataDir().backupsPath())
                     .entryList({ QStringLiteral("damaged-*") }, QDir::Dirs)
                     .size(),
            0);
        // The backup is the export format a reader can import by hand.
        QFile backup(QDir(dataDir().backupsPath()).filePath(QStringLiteral("bookmarks.json")));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(backup.readAll()).object();
        QCOMPARE(root[QLatin1String("format")].toString(), QStringLiteral("oqy-bookmarks"));
        QCOMPARE(root[QLatin1String("bookmarks")].toArray().size(), 2);
    }

    void overwrittenHeaderIsRepaired()
    {
        damage(0, QByteArray(100, '\xA5'));
        checkEverythingCameBack(cli(
            { QStringLiteral("list"), QStringLiteral("--bookmarked"), QStringLiteral("--json") }));
    }

    void damagedTablePageIsRepaired()
    {
        // The articles table's root page turns to noise (a bad sector, a torn copy): the header is
        // fine.
        const qint64 offset = rootPageOffset("articles");
        QVERIFY(offset > 0);
        damage(offset, QByteArray(4096, '\x5A'));
        checkEverythingCameBack(cli(
            { QStringLiteral("list"), QStringLiteral("--bookmarked"), QStringLiteral("--json") }));
    }

    void damagedTablePageOfABigDatabaseIsRepaired()
    {
        // Above 8 MB start-up does not read the whole file (its cost would grow with the
        // database): it checks the small tables whole and opens every other one at its first
        // page. A damaged root page is still found before anything reads it.
        {
            Database db(dbPath());
            db.exec("UPDATE article_bodies SET html = hex(randomblob(1000000))"); // 6 × 2 MB
        }
        QVERIFY(QFileInfo(dbPath()).size() > 8 * 1024 * 1024);
        {
            OpenReport sound;
            Database db = openDatabase(dataDir(), &sound);
            QVERIFY(!sound.recovered());
        }
        damage(rootPageOffset("articles"), QByteArray(4096, '\x5A'));
        checkEverythingCameBack(cli(
            { QStringLiteral("list"), QStringLiteral("--bookmarked"), QStringLiteral("--json") }));
    }

    void damageFoundAfterStartUpIsRepairedAtNextStart_data()
    {
        QTest::addColumn<bool>("full");
        QTest::newRow("weekly full check") << true;
        QTest::newRow("read and bookmark state, every start") << false;
    }

    void damageFoundAfterStartUpIsRepairedAtNextStart()
    {
        QFETCH(bool, full);
        {
            Database db(dbPath());
            QCOMPARE(full ? fullCheck(db) : readerStateCheck(db), QString());
        }
        damage(rootPageOffset("statuses"), QByteArray(4096, '\x33'));
        {
            Database db(dbPath(), Database::Access::ReadOnly);
            const QString found = full ? fullCheck(db) : readerStateCheck(db);
            QVERIFY(!found.isEmpty());
            markDamaged(dataDir(), found);
        }
        checkEverythingCameBack(cli(
            { QStringLiteral("list"), QStringLiteral("--bookmarked"), QStringLiteral("--json") }));
    }

    void bookmarkFromTheCliIsBackedUpAtOnce()
    {
        const Cli list = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exit, 0);
        QString id;
        for (const QJsonValue &a : QJsonDocument::fromJson(list.out).array())
            if (!a[QLatin1String("bookmarked")].toBool())
                id = QString::number(a[QLatin1String("id")].toInteger());
        QVERIFY(!id.isEmpty());
        QCOMPARE(cli({ QStringLiteral("bookmark"), id, QStringLiteral("--note"),
                         QStringLiteral("жаңа") })
                     .exit,
            0);
        QFile backup(QDir(dataDir().backupsPath()).filePath(QStringLiteral("bookmarks.json")));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QJsonArray marks
            = QJsonDocument::fromJson(backup.readAll())[QLatin1String("bookmarks")].toArray();
        QCOMPARE(marks.size(), 3);
        QVERIFY(QJsonDocument(marks).toJson().contains("жаңа"));
    }

    void noBackupIsSaidPlainly()
    {
        QDir(dataDir().backupsPath()).removeRecursively();
        damage(0, QByteArray(100, '\xA5'));
        const Cli first = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(first.exit, 0);
        QVERIFY2(first.err.contains("no backup"), first.err.constData());
        QCOMPARE(QJsonDocument::fromJson(first.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "test_recovery.moc"
