#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "testenv.h"

#include <QFile>
#include <QTest>

using namespace oqy;
using namespace oqy::feeds;

namespace {
QByteArray readFixture(const QString &name)
{
    QFile file(testenv::fixture(QStringLiteral("feeds/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
} // namespace

// What a regional outlet's feed turns into: the items a reader will see, with their text, dates,
// authors, photo credits — safely sanitised — whatever the encoding.
class TestFeedParser : public QObject
{
    Q_OBJECT
private slots:
    void readsRussianRss()
    {
        FeedContext context;
        context.url = QUrl(QStringLiteral("http://127.0.0.1/saryarka/rss"));
        context.contentType = QStringLiteral("application/rss+xml");
        const FeedDocument doc = parseFeed(readFixture(QStringLiteral("regional-ru.rss")), context);
        QVERIFY(doc.isFeed());
        QVERIFY(!doc.bozo);
        QCOMPARE(doc.version, QStringLiteral("rss20"));
        QCOMPARE(doc.feed.title.value, QStringLiteral("Вести Сарыарки"));
        QCOMPARE(doc.entries.size(), 3);
        const FeedItems items = articlesFromFeed(doc, context.url);
        const Article &school = items.articles.at(0);
        QCOMPARE(school.title, QStringLiteral("В Нуринском районе открыли новую школу на 600 мест"));
        QCOMPARE(school.guid, QStringLiteral("saryarka-2026-1101"));
        QCOMPARE(school.author, QStringLiteral("Айгерим Сапарова"));
        QCOMPARE(school.published, QDateTime(QDate(2026, 11, 26), QTime(4, 15), Qt::UTC));
        QCOMPARE(school.leadImage.url, QStringLiteral("http://127.0.0.1/saryarka/img/shkola.jpg"));
        QCOMPARE(school.leadImage.caption, QStringLiteral("Новая школа в посёлке Нура"));
        QCOMPARE(school.leadImage.credit, QStringLiteral("Акимат Карагандинской области"));
        QVERIFY(school.html.contains(QStringLiteral("Строительство заняло полтора года")));
        QVERIFY2(!school.html.contains(QStringLiteral("script")), qPrintable(school.html));
        QVERIFY(school.text.contains(QStringLiteral("«Мы ждали эту школу десять лет»")));
        QCOMPARE(school.categories, QStringList{QStringLiteral("Образование")});
        // An item without a guid is identified by its link.
        QCOMPARE(items.articles.at(2).guid, QStringLiteral("http://127.0.0.1/saryarka/news/temirtau"));
        // Escaped HTML in a description is HTML.
        QCOMPARE(items.articles.at(2).text, QStringLiteral("В Темиртау наградили лучших металлургов комбината."));
    }

    void readsKazakhAtom()
    {
        FeedContext context;
        context.url = QUrl(QStringLiteral("http://127.0.0.1/aktobe/feed.atom"));
        const FeedDocument doc = parseFeed(readFixture(QStringLiteral("regional-kk.atom")), context);
        QCOMPARE(doc.version, QStringLiteral("atom10"));
        QCOMPARE(doc.feed.language, QStringLiteral("kk"));
        const FeedItems items = articlesFromFeed(doc, context.url);
        QCOMPARE(items.articles.size(), 2);
        const Article &hospital = items.articles.at(0);
        QCOMPARE(hospital.title, QStringLiteral("Ақтөбеде жаңа аурухана ашылды"));
        QCOMPARE(hospital.url, QStringLiteral("http://127.0.0.1/aktobe/zhanalyq/aurukhana"));
        QCOMPARE(hospital.author, QStringLiteral("Нұрлан Қасымов"));
        QCOMPARE(hospital.language, QStringLiteral("kk"));
        // The first picture of the XHTML content becomes the lead photo, resolved against xml:base.
        QCOMPARE(hospital.leadImage.url, QStringLiteral("http://127.0.0.1/aktobe/img/aurukhana.jpg"));
        // Only an updated date: it is the publication date too.
        QCOMPARE(items.articles.at(1).published, QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC).addYears(1));
    }

    void readsWindows1251()
    {
        const FeedDocument doc = parseFeed(readFixture(QStringLiteral("regional-cp1251.rss")));
        QCOMPARE(doc.encoding, QStringLiteral("windows-1251"));
        QVERIFY(!doc.bozo);
        QCOMPARE(doc.entries.at(0).title.value, QStringLiteral("В Павлодаре отремонтируют набережную"));
        QCOMPARE(doc.entries.at(0).published, QDateTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC));
    }

    void httpCharsetOverridesDeclaration()
    {
        // Served as KOI8-R while the document claims UTF-8: RFC 3023 says the header wins.
        const QByteArray koi8 = QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
                                + QByteArray("\xee\xcf\xd7\xcf\xd3\xd4\xc9") + "</title></channel></rss>";
        FeedContext context;
        context.url = QUrl(QStringLiteral("http://127.0.0.1/f"));
        context.contentType = QStringLiteral("application/rss+xml; charset=koi8-r");
        const FeedDocument doc = parseFeed(koi8, context);
        QCOMPARE(doc.encoding, QStringLiteral("koi8-r"));
        QCOMPARE(doc.feed.title.value, QStringLiteral("Новости"));
    }

    void undeclaredCyrillicIsDetected()
    {
        // No declaration, no header, windows-1251 bytes (А–я are 0xC0–0xFF there): read as
        // Cyrillic and flagged, not shown as mojibake.
        const QString text = QStringLiteral("Новости Уральска и Западно-Казахстанской области");
        QByteArray cp1251 = "<rss version=\"2.0\"><channel><title>";
        for (QChar c : text)
            cp1251.append(c.unicode() >= 0x410 && c.unicode() <= 0x44F ? char(c.unicode() - 0x410 + 0xC0)
                                                                        : c.toLatin1());
        cp1251.append("</title></channel></rss>");
        const FeedDocument doc = parseFeed(cp1251);
        QVERIFY(doc.bozo);
        QCOMPARE(doc.encoding, QStringLiteral("windows-1251"));
        QCOMPARE(doc.feed.title.value, text);
    }

    void brokenXmlStillGivesItems()
    {
        const QByteArray broken = "<rss version=\"2.0\"><channel><title>Лада</title>"
                                  "<item><title>Актау &amp; Жанаозен &nbsp;сегодня</title><link>http://x/1</link></item>"
                                  "<item><title>Вторая <b>новость</title></item>";
        const FeedDocument doc = parseFeed(broken);
        QVERIFY(doc.bozo);
        QVERIFY(doc.isFeed());
        QCOMPARE(doc.entries.size(), 2);
        QCOMPARE(doc.entries.at(0).title.value, QStringLiteral("Актау & Жанаозен \u00a0сегодня"));
    }

    void notAFeed()
    {
        const FeedDocument page = parseFeed("<!DOCTYPE html><html><head><title>Главная</title></head><body>Новости</body></html>");
        QVERIFY(!page.isFeed());
        QVERIFY(page.error.contains(QStringLiteral("web page")));
        QVERIFY(!parseFeed("").isFeed());
        QVERIFY(!parseFeed("{\"hello\": 1}").isFeed());
    }

    void entitiesAreBounded()
    {
        // Billion laughs: nested entity declarations are dropped before parsing, so the title
        // stays small instead of expanding to 10^9 characters.
        QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [\n<!ENTITY a \"aaaaaaaaaa\">\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const QByteArray previous = QByteArray("&") + char(c - 1) + ';';
            bomb += QByteArray("<!ENTITY ") + c + " \"" + previous.repeated(10) + "\">\n";
        }
        bomb += "]><rss version=\"2.0\"><channel><title>&j;</title></channel></rss>";
        const FeedDocument doc = parseFeed(bomb);
        QVERIFY(doc.feed.title.value.size() < 1000);
    }

    void jsonFeed()
    {
        const QByteArray json =
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Орда\","
            "\"home_page_url\":\"https://orda.example/\",\"items\":[{\"id\":\"1\",\"url\":\"/news/1\","
            "\"title\":\"Новость\",\"content_html\":\"<p>Текст<script>x()</script></p>\","
            "\"date_published\":\"2026-11-26T10:00:00+05:00\",\"image\":\"/img/1.jpg\","
            "\"authors\":[{\"name\":\"Редакция\"}]}]}";
        FeedContext context;
        context.url = QUrl(QStringLiteral("https://orda.example/feed.json"));
        const FeedDocument doc = parseFeed(json, context);
        QCOMPARE(doc.version, QStringLiteral("json11"));
        const FeedItems items = articlesFromFeed(doc, context.url);
        QCOMPARE(items.articles.size(), 1);
        QCOMPARE(items.articles[0].url, QStringLiteral("https://orda.example/news/1"));
        QCOMPARE(items.articles[0].html, QStringLiteral("<p>Текст</p>"));
        QCOMPARE(items.articles[0].leadImage.url, QStringLiteral("https://orda.example/img/1.jpg"));
        QCOMPARE(items.articles[0].author, QStringLiteral("Редакция"));
    }

    void linksAreNormalisedLikeQUrl()
    {
        // Most links are taken as written (they already are in QUrl's form); the rest go through
        // QUrl. Either way an article's address is what QUrl makes of it, so the same article
        // keeps one address and is stored once.
        const QStringList links = {
            QStringLiteral("https://ekaraganda.kz/?mod=news_read&id=123456"),
            QStringLiteral("https://www.inform.kz/ru/novosti-karagandy_a4000001"),
            QStringLiteral("https://ekaraganda.kz"),
            QStringLiteral("http://Example.KZ/Path"),
            QStringLiteral("https://aktobe.kz/./news/../news/1"),
            QStringLiteral("https://uralsk.kz/новости/1"),
            QStringLiteral("https://pavlodar.kz/a%20b?x=%D0%B0"),
            QStringLiteral("https://pavlodar.kz:443/x"),
            QStringLiteral("https://shymkent.kz/x#comments"),
            QStringLiteral("https://shymkent.kz/a b"),
            QStringLiteral("https://shymkent.kz/path.html?utm_source=rss&utm_medium=feed"),
            QStringLiteral("https://shymkent.kz/x..y/.hidden"),
            QStringLiteral("/relative/news-2"),
            QStringLiteral("news-3.html"),
        };
        QByteArray rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss "
                         "version=\"2.0\"><channel><title>t</title>";
        for (int i = 0; i < links.size(); ++i)
            rss += "<item><title>n" + QByteArray::number(i) + "</title><guid>g"
                + QByteArray::number(i) + "</guid><link>" + links.at(i).toHtmlEscaped().toUtf8()
                + "</link></item>";
        rss += "</channel></rss>";
        FeedContext context;
        context.url = QUrl(QStringLiteral("https://news.example.kz/rss/"));
        const FeedDocument doc = parseFeed(rss, context);
        const FeedItems items = articlesFromFeed(doc, context.url);
        QCOMPARE(items.articles.size(), links.size());
        for (int i = 0; i < links.size(); ++i) {
            const QString expected = context.url.resolved(QUrl(doc.entries.at(i).link)).toString();
            QCOMPARE(items.articles.at(i).url, expected);
        }
        QCOMPARE(items.articles.at(0).url, links.at(0));
        QCOMPARE(items.articles.at(3).url, QStringLiteral("http://example.kz/Path"));
        QCOMPARE(
            items.articles.at(12).url, QStringLiteral("https://news.example.kz/relative/news-2"));
    }
};

QTEST_APPLESS_MAIN(TestFeedParser)
#include "test_feedparser.moc"
