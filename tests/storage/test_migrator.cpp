#include "storage/articlelistquery.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace oqy;

// The schema comes from the numbered files in resources/sql and nothing else; an existing
// database is backed up before it is touched; a database from a newer Oqy is refused, not damaged.
class TestMigrator : public QObject
{
    Q_OBJECT

    static QStringList tables(Database &db)
    {
        QStringList names;
        Statement st = db.prepareUncached(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (st.step())
            names.append(st.text(0));
        return names;
    }

private slots:
    void emptyToCurrent()
    {
        Database db = Database::inMemory();
        const Migrator migrator;
        QVERIFY(migrator.latestVersion() >= 1);
        const auto outcome = migrator.migrate(db);
        QCOMPARE(outcome.fromVersion, 0);
        QCOMPARE(outcome.toVersion, migrator.latestVersion());
        QCOMPARE(db.userVersion(), migrator.latestVersion());
        const QStringList names = tables(db);
        for (const char *table : { "feeds", "outlets", "articles", "article_bodies", "statuses",
                 "images", "article_images", "regions", "article_regions" })
            QVERIFY2(names.contains(QLatin1String(table)), table);
        Statement regions = db.prepareUncached("SELECT count(*) FROM regions");
        QVERIFY(regions.step());
        QCOMPARE(regions.integer(0), 20);
        // Running again changes nothing.
        QCOMPARE(migrator.migrate(db).fromVersion, migrator.latestVersion());
    }

    void constraintsHold()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        db.exec("INSERT INTO feeds (url, added_at) VALUES ('http://a/rss', 0)");
        QVERIFY_THROWS_EXCEPTION(
            SqlError, db.exec("INSERT INTO feeds (url, added_at) VALUES ('http://a/rss', 0)"));
        QVERIFY_THROWS_EXCEPTION(SqlError,
            db.exec("INSERT INTO feeds (url, kind, added_at) VALUES ('http://b', 'page', 0)"));
        // Articles go with their feed.
        db.exec(
            "INSERT INTO articles (feed_id, guid, published, fetched_at) VALUES (1, 'g', 0, 0)");
        db.exec("INSERT INTO statuses (article_id, changed_at) VALUES (1, 0)");
        db.exec("DELETE FROM feeds WHERE id = 1");
        Statement left = db.prepareUncached(
            "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM statuses)");
        QVERIFY(left.step());
        QCOMPARE(left.integer(0), 0);
    }

    // Articles the old retention removed as they arrived (age counted from publication) come
    // back with the next refresh once the schema forgets their retirement.
    void earlyRetirementsAreForgotten()
    {
        QTemporaryDir migrations;
        for (const QString &name : QDir(QStringLiteral(":/sql")).entryList())
            if (name.left(4).toInt() <= 11)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, migrations.filePath(name)));
        Database db = Database::inMemory();
        Migrator(migrations.path()).migrate(db);
        QCOMPARE(db.userVersion(), 11);
        db.exec("INSERT INTO feeds (url, added_at) VALUES ('http://pavlodar.example.kz/rss', 0)");
        db.exec("INSERT INTO retired_articles (feed_id, guid, retired_at) VALUES (1, 'a-200', 0)");
        Migrator().migrate(db);
        Statement left = db.prepareUncached("SELECT count(*) FROM retired_articles");
        QVERIFY(left.step());
        QCOMPARE(left.integer(0), 0);
    }

    void backsUpBeforeMigrating()
    {
        QTemporaryDir dir;
        // A database at schema 1 with a bookmark, then a migration set with one more step.
        QTemporaryDir migrations;
        QFile::copy(QStringLiteral(":/sql/0001_initial.sql"),
            migrations.filePath(QStringLiteral("0001_initial.sql")));
        const QString dbPath = dir.filePath(QStringLiteral("oqy.sqlite"));
        {
            Database db(dbPath);
            Migrator(migrations.path()).migrate(db);
            db.exec("INSERT INTO feeds (url, added_at) VALUES ('http://a/rss', 0)");
        }
        QFile extra(migrations.filePath(QStringLiteral("9000_add_column.sql")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("ALTER TABLE feeds ADD COLUMN note TEXT NOT NULL DEFAULT '';");
        extra.close();
        Database db(dbPath);
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        const auto outcome = Migrator(migrations.path()).migrate(db, backup);
        QCOMPARE(outcome.fromVersion, 1);
        QCOMPARE(outcome.toVersion, 9000);
        QCOMPARE(outcome.backupPath, backup);
        Database old(backup, Database::Access::ReadOnly);
        QCOMPARE(old.userVersion(), 1);
        Statement feeds = old.prepareUncached("SELECT url FROM feeds");
        QVERIFY(feeds.step());
        QCOMPARE(feeds.text(0), QStringLiteral("http://a/rss"));
    }

    // A reader may skip releases: a database at any earlier schema comes up to date with its
    // articles, bookmarks and bodies, and they are found by search afterwards.
    void migratesFromEveryEarlierVersion()
    {
        const Migrator all;
        for (const Migrator::Migration &step : all.migrations()) {
            if (step.version == all.latestVersion())
                break;
            QTemporaryDir dir;
            QTemporaryDir migrations;
            for (const Migrator::Migration &m : all.migrations())
                if (m.version <= step.version)
                    QVERIFY(QFile::copy(m.path, migrations.filePath(QFileInfo(m.path).fileName())));
            const QString dbPath = dir.filePath(QStringLiteral("oqy.sqlite"));
            {
                Database db(dbPath);
                Migrator(migrations.path()).migrate(db);
                QCOMPARE(db.userVersion(), step.version);
                db.exec(
                    "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'http://a/rss', "
                    "'Лада', 0);"
                    "INSERT INTO articles (id, feed_id, guid, url, title, published, fetched_at) "
                    "VALUES (7, 1, 'g', 'http://a/1', 'В Актау открыли набережную', 100, 100);"
                    "INSERT INTO article_bodies (article_id, text) VALUES (7, 'Набережную строили "
                    "два года.');"
                    "INSERT INTO statuses (article_id, bookmarked, bookmarked_at, changed_at) "
                    "VALUES (7, 1, 5, 5);");
            }
            Database db(dbPath);
            const auto outcome = all.migrate(db, dir.filePath(QStringLiteral("backup.sqlite")));
            QCOMPARE(outcome.fromVersion, step.version);
            QCOMPARE(db.userVersion(), all.latestVersion());
            QVERIFY(QFile::exists(outcome.backupPath));
            Statement kept = db.prepareUncached("SELECT s.bookmarked, b.text FROM statuses s JOIN "
                                                "article_bodies b USING (article_id) "
                                                "WHERE article_id = 7");
            QVERIFY(kept.step());
            QCOMPARE(kept.integer(0), 1);
            QCOMPARE(kept.text(1), QStringLiteral("Набережную строили два года."));
            Statement found = db.prepareUncached(
                "SELECT rowid FROM article_search WHERE article_search MATCH 'набережн'");
            QVERIFY2(found.step(), qPrintable(QStringLiteral("from version %1").arg(step.version)));
            QCOMPARE(found.int64(0), 7);
            // Prefix search expands through the vocabulary, which knows the older articles' words.
            ArticleFilter prefix;
            prefix.search = QStringLiteral("набережн*");
            const QList<ArticleRow> rows = ArticleListQuery(db).bestMatches(prefix, 10);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().id, 7);
        }
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oqy.sqlite"));
        {
            Database db(path);
            db.exec("PRAGMA user_version = 99999");
        }
        Database db(path);
        QVERIFY_THROWS_EXCEPTION(SqlError, Migrator().migrate(db));
        QCOMPARE(db.userVersion(), 99999);
    }

    void dataDirUsesWal()
    {
        QTemporaryDir dir;
        Database db = openDatabase(DataDir(dir.path()));
        Statement mode = db.prepareUncached("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("oqy.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
