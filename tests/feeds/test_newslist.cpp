// Outlets without a feed: their news-list page read as one (tests/data/newslist, written for
// these tests in the layouts such pages use).
#include "extract/siterules.h"
#include "feeds/dateparser.h"
#include "feeds/newslist.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace oqy;
using namespace oqy::feeds;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(testenv::fixture(QStringLiteral("newslist/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString iso(const QDateTime &d)
{
    return d.isValid() ? formatIsoDate(d) : QString();
}

const QStringList LadaTitles
    = { QStringLiteral("В Актау открыли новую поликлинику в 32-м микрорайоне"),
          QStringLiteral("На трассе Актау — Жанаозен ограничили движение из-за ремонта"),
          QStringLiteral("Мангистауские школьники завоевали три медали на олимпиаде по химии"),
          QStringLiteral("В Жанаозене заменят 14 километров водопровода до конца года"),
          QStringLiteral("Цены на бензин АИ-92 в Мангистауской области выросли на 4 тенге"),
          QStringLiteral("Паромную переправу в Курык временно закрыли из-за шторма") };

} // namespace

class TestNewsList : public QObject
{
    Q_OBJECT

private slots:
    void siteRuleReadsTheList_data()
    {
        QTest::addColumn<bool>("withRules");
        QTest::newRow("site rule") << true;
        QTest::newRow("repeated link blocks") << false;
    }

    void siteRuleReadsTheList()
    {
        QFETCH(bool, withRules);
        const extract::SiteRules rules
            = withRules ? extract::SiteRules::builtIn() : extract::SiteRules();
        NewsListOptions options;
        options.rules = &rules;
        QString error;
        const FeedItems items = parseNewsList(fixture(QStringLiteral("lada-list.html")),
            QUrl(QStringLiteral("https://www.lada.kz/aktau_news/")), options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(items.title, QStringLiteral("Lada.kz"));
        QStringList titles;
        for (const Article &a : items.articles)
            titles.append(a.title);
        // Menu, pager, "Популярное" and footer links are not news.
        QCOMPARE(titles, LadaTitles);
        QCOMPARE(items.articles.first().url,
            QStringLiteral("https://www.lada.kz/aktau_news/128470-novost.html"));
        QCOMPARE(items.articles.first().guid, items.articles.first().url);
        // «09.08.2026, 19:32» in Aktau (UTC+5).
        QCOMPARE(iso(items.articles.first().published), QStringLiteral("2026-08-09T14:32:00Z"));
        QCOMPARE(iso(items.articles.last().published), QStringLiteral("2026-08-08T13:02:00Z"));
    }

    void kazakhListWithRelativeDates()
    {
        NewsListOptions options;
        options.now = QDateTime(QDate(2026, 5, 13), QTime(6, 0), Qt::UTC); // 11:00 in Aktobe
        const FeedItems items = parseNewsList(fixture(QStringLiteral("generic-kk-list.html")),
            QUrl(QStringLiteral("https://aqtobe-news.kz/kz/news/")), options);
        QCOMPARE(items.articles.size(), 5);
        QCOMPARE(
            items.articles.at(0).title, QStringLiteral("Ақтөбеде 1200 орындық жаңа мектеп ашылды"));
        QCOMPARE(items.articles.at(0).url,
            QStringLiteral("https://aqtobe-news.kz/kz/news/aqtobede-zhana-mektep-ashyldy"));
        QCOMPARE(iso(items.articles.at(0).published),
            QStringLiteral("2026-05-13T04:15:00Z")); // Бүгін, 09:15
        QCOMPARE(iso(items.articles.at(2).published),
            QStringLiteral("2026-05-12T13:40:00Z")); // Кеше, 18:40
        QCOMPARE(iso(items.articles.at(4).published),
            QStringLiteral("2026-05-12T11:30:00Z")); // 12.05.2026, 16:30
        for (const Article &a : items.articles)
            QVERIFY2(!a.title.contains(QStringLiteral("Көп оқылған"))
                    && !a.url.contains(QLatin1String("populyar")),
                qPrintable(a.url));
    }

    void listDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("numeric with time")
            << QStringLiteral("09.08.2026, 19:32") << QStringLiteral("2026-08-09T14:32:00Z");
        QTest::newRow("words") << QStringLiteral("14 ноября 2026, 08:55")
                               << QStringLiteral("2026-11-14T03:55:00Z");
        QTest::newRow("today") << QStringLiteral("Сегодня, 14:05")
                               << QStringLiteral("2026-05-13T09:05:00Z");
        QTest::newRow("yesterday")
            << QStringLiteral("Вчера 23:10") << QStringLiteral("2026-05-12T18:10:00Z");
        QTest::newRow("minutes ago")
            << QStringLiteral("15 минут назад") << QStringLiteral("2026-05-13T05:45:00Z");
        QTest::newRow("hours ago kk")
            << QStringLiteral("2 сағат бұрын") << QStringLiteral("2026-05-13T04:00:00Z");
        QTest::newRow("date only")
            << QStringLiteral("12.05.2026") << QStringLiteral("2026-05-12T07:00:00Z");
        QTest::newRow("iso") << QStringLiteral("2026-05-13T10:00:00+05:00")
                             << QStringLiteral("2026-05-13T05:00:00Z");
        QTest::newRow("not a date") << QStringLiteral("1245 просмотров") << QString();
    }

    void listDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QCOMPARE(
            iso(parseListDate(text, QDateTime(QDate(2026, 5, 13), QTime(6, 0), Qt::UTC))), utc);
    }

    void pageWithoutAListSaysSo()
    {
        QString error;
        const FeedItems items = parseNewsList(
            "<html><body><p>Страница не найдена</p><a href=\"/\">На главную</a></body></html>",
            QUrl(QStringLiteral("https://example.kz/news/")), {}, &error);
        QVERIFY(items.articles.isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewsList)
#include "test_newslist.moc"
