// Full-text search as a reader uses it: Russian words in any case, Kazakh words with any ending,
// Kazakh in Cyrillic and Latin finding each other, "phrases", prefix*, -exclusion, combined with
// the region filter; the index follows every change of an article; snippets mark what matched.
#include "core/article.h"
#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/migrator.h"
#include "storage/searchtext.h"

#include <QTest>

#include <memory>

using namespace oqy;

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_ids;

    void add(const QString &key, const QString &title, const QString &text,
        const QStringList &regions = {}, int daysAgo = 1)
    {
        Article a;
        a.guid = key;
        a.title = title;
        a.text = text;
        a.published = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        for (const QString &slug : regions)
            a.regions.append({ slug, { slug }, false });
        const qint64 feed = FeedStore(*m_db).add(QStringLiteral("https://example.kz/rss"));
        m_ids.insert(key, ArticleStore(*m_db).saveFromFeed(feed, { a }).newIds.value(0));
    }

    QStringList found(const QString &query, const QStringList &regions = {})
    {
        ArticleFilter filter;
        filter.search = query;
        filter.regions = regions;
        QStringList keys;
        for (const ArticleRow &row : ArticleListQuery(*m_db).bestMatches(filter, 50))
            keys.append(m_ids.key(row.id));
        return keys;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(Database::inMemory());
        Migrator().migrate(*m_db);
        m_ids.clear();
        add(QStringLiteral("school"), QStringLiteral("В Караганде открыли новую школу"),
            QStringLiteral("Школа на 600 мест открылась в микрорайоне Восток. Учителя получили "
                           "служебное жильё."),
            { QStringLiteral("karaganda") });
        add(QStringLiteral("kz-hospital"), QStringLiteral("Қарағандыда жаңа аурухана ашылды"),
            QStringLiteral("Қарағанды қаласында 300 орындық аурухана пайдалануға берілді. "
                           "Ауруханада заманауи жабдықтар бар."),
            { QStringLiteral("karaganda") });
        add(QStringLiteral("kazakhstan"), QStringLiteral("Жезказган готовится к зиме"),
            QStringLiteral(
                "В Казахстане начался отопительный сезон. Котельные Жезказгана работают."),
            { QStringLiteral("ulytau") }, 40);
        add(QStringLiteral("road"), QStringLiteral("Дорогу в Шымкенте отремонтируют"),
            QStringLiteral("Ремонт дорог в Шымкенте завершат к осени, сообщили в акимате."),
            { QStringLiteral("shymkent") });
    }

    void russianWordsMatchAcrossForms()
    {
        QCOMPARE(found(QStringLiteral("школы")), QStringList { QStringLiteral("school") });
        QCOMPARE(found(QStringLiteral("Казахстан")), QStringList { QStringLiteral("kazakhstan") });
        QCOMPARE(found(QStringLiteral("Жезказгане")), QStringList { QStringLiteral("kazakhstan") });
        QCOMPARE(found(QStringLiteral("дорога")), QStringList { QStringLiteral("road") });
    }

    void kazakhWordsMatchAcrossEndings()
    {
        QCOMPARE(
            found(QStringLiteral("ауруханалар")), QStringList { QStringLiteral("kz-hospital") });
        QCOMPARE(
            found(QStringLiteral("ауруханасы")), QStringList { QStringLiteral("kz-hospital") });
    }

    void cyrillicAndLatinFindEachOther()
    {
        QCOMPARE(found(QStringLiteral("Qaraǵandy")), QStringList { QStringLiteral("kz-hospital") });
        QCOMPARE(found(QStringLiteral("ауруханада")), found(QStringLiteral("aýrýhanada")));
    }

    void phrasesPrefixesAndExclusions()
    {
        QCOMPARE(
            found(QStringLiteral("\"новую школу\"")), QStringList { QStringLiteral("school") });
        QCOMPARE(found(QStringLiteral("\"школу новую\"")), QStringList {});
        QCOMPARE(found(QStringLiteral("котел*")), QStringList { QStringLiteral("kazakhstan") });
        // A prefix covering several indexed words (школ, школу…), and the vocabulary behind it.
        QCOMPARE(found(QStringLiteral("шко*")), QStringList { QStringLiteral("school") });
        Statement vocabulary = m_db->prepareUncached(
            "SELECT count(*) FROM search_terms WHERE term >= 'котельн' AND term < 'котельо'");
        vocabulary.step();
        QCOMPARE(vocabulary.integer(0), 1);
        QCOMPARE(found(QStringLiteral("Жезказг*")), QStringList { QStringLiteral("kazakhstan") });
        QCOMPARE(found(QStringLiteral("открыли -Караганде")), QStringList {});
        // Only an exclusion: everything else.
        const QStringList notKaraganda = found(QStringLiteral("-Караганде"));
        QVERIFY(!notKaraganda.contains(QStringLiteral("school")));
        QVERIFY(notKaraganda.contains(QStringLiteral("road")));
    }

    void combinesWithTheRegionFilter()
    {
        QCOMPARE(found(QStringLiteral("ремонт"), { QStringLiteral("shymkent") }),
            QStringList { QStringLiteral("road") });
        QCOMPARE(found(QStringLiteral("ремонт"), { QStringLiteral("karaganda") }), QStringList {});
    }

    void titleHitsAndRecentNewsComeFirst()
    {
        add(QStringLiteral("mention"), QStringLiteral("Новости акимата"),
            QStringLiteral("Среди прочего обсудили школу в пригороде."), {}, 2);
        QCOMPARE(found(QStringLiteral("школа")).first(), QStringLiteral("school"));
    }

    void theIndexFollowsChanges()
    {
        Article changed;
        changed.html = QStringLiteral("<p>Теперь здесь про библиотеку.</p>");
        changed.text = QStringLiteral("Теперь здесь про библиотеку.");
        QVERIFY(
            ArticleStore(*m_db).savePageBody(m_ids.value(QStringLiteral("road")), changed, true));
        QCOMPARE(found(QStringLiteral("библиотека")), QStringList { QStringLiteral("road") });
        QCOMPARE(found(QStringLiteral("акимате")), QStringList {});
        m_db->exec("DELETE FROM articles WHERE guid = 'road'");
        QCOMPARE(found(QStringLiteral("библиотека")), QStringList {});
    }

    void snippetsMarkTheMatch()
    {
        SearchText text;
        const QString snippet = text.snippet(
            QStringLiteral("Ремонт дорог в Шымкенте завершат к осени."), QStringLiteral("дорога"));
        QCOMPARE(snippet, QStringLiteral("Ремонт [дорог] в Шымкенте завершат к осени."));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
