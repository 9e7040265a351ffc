// The outlet directory that ships with Oqy: real outlets covering every region, each with a usable
// address; subscribing to one ties its feeds to it, and its home region labels an article whose
// text names no region (marked as such).
#include "core/article.h"
#include "feeds/outletdirectory.h"
#include "regions/gazetteer.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/outletstore.h"

#include <QSet>
#include <QTest>
#include <QUrl>

using namespace oqy;

class TestOutletDirectory : public QObject
{
    Q_OBJECT
private slots:
    void coversEveryRegion()
    {
        const feeds::OutletDirectory &directory = feeds::OutletDirectory::builtIn();
        QVERIFY(directory.outlets.size() >= 40);
        const QStringList slugs = regions::Gazetteer::builtIn().slugs();
        QCOMPARE(slugs.size(), 20);
        QSet<QString> keys;
        QSet<QString> urls;
        for (const feeds::DirectoryOutlet &o : directory.outlets) {
            QVERIFY2(!keys.contains(o.key), qPrintable(o.key));
            keys.insert(o.key);
            QVERIFY2(o.outlet.homeRegion.isEmpty() || slugs.contains(o.outlet.homeRegion),
                qPrintable(o.key));
            for (const feeds::DirectoryFeed &f : o.feeds) {
                QVERIFY2(QUrl(f.url).isValid() && !QUrl(f.url).host().isEmpty(), qPrintable(f.url));
                QVERIFY2(!urls.contains(f.url), qPrintable(f.url)); // feeds.url is unique
                urls.insert(f.url);
            }
        }
        for (const QString &slug : slugs)
            QVERIFY2(!directory.forRegions({ slug }).isEmpty(), qPrintable(slug));
        QVERIFY(!directory.forRegions({ QString() }).isEmpty()); // national outlets
    }

    void homeRegionLabelsArticlesThatNameNone()
    {
        Database db = Database::inMemory();
        Migrator().migrate(db);
        feeds::DirectoryOutlet lada;
        lada.key = QStringLiteral("lada");
        lada.outlet.name = QStringLiteral("Лада");
        lada.outlet.site = QStringLiteral("https://www.lada.kz/");
        lada.outlet.homeRegion = QStringLiteral("mangystau");
        lada.feeds.append(
            { QStringLiteral("https://www.lada.kz/rss.xml"), false, QStringLiteral("ru"), true });
        const QList<qint64> ids = OutletStore(db).subscribe(lada);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(OutletStore(db).subscribe(lada), ids); // twice: the same feed

        Article silent;
        silent.guid = QStringLiteral("1");
        silent.title = QStringLiteral("Цены на бензин выросли");
        Article named = silent;
        named.guid = QStringLiteral("2");
        named.regions = { { QStringLiteral("atyrau"), { QStringLiteral("в Атырау") }, false } };
        const QList<qint64> saved
            = ArticleStore(db).saveFromFeed(ids.first(), { silent, named }).newIds;
        const auto first = ArticleStore(db).load(saved[0]);
        QCOMPARE(first->regions.size(), 1);
        QCOMPARE(first->regions[0].slug, QStringLiteral("mangystau"));
        QVERIFY(first->regions[0].fromOutlet);
        const auto second = ArticleStore(db).load(saved[1]);
        QCOMPARE(second->regions.size(), 1);
        QCOMPARE(second->regions[0].slug, QStringLiteral("atyrau"));
        QVERIFY(!second->regions[0].fromOutlet);
    }
};

QTEST_GUILESS_MAIN(TestOutletDirectory)
#include "test_outletdirectory.moc"
