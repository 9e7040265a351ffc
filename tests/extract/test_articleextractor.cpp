// The article extractor on pages laid out like Kazakh regional outlets' (tests/data/extract, see
// its README): title, byline, date, lead photo with caption and credit, pull quotes with
// attribution, the body without boilerplate. Plus site rules, incomplete pages and hostile markup.
#include "extract/articleextractor.h"
#include "extract/htmlbounds.h"
#include "extract/siterules.h"
#include "feeds/dateparser.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace oqy;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString collapsed(const QString &s)
{
    return s.simplified();
}

QString nullable(const QJsonValue &v)
{
    return v.isNull() ? QString() : v.toString();
}

QByteArray page(const QByteArray &body, const QByteArray &head = {})
{
    return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Test</title>"
        + head + "</head><body>" + body + "</body></html>";
}

// Three paragraphs of plain article text, enough for the scorer to trust.
QByteArray paragraphs()
{
    return "<p>В Павлодаре завершили ремонт моста через Иртыш, движение по нему открыли в "
           "понедельник утром, "
           "сообщили в акимате города.</p>"
           "<p>Работы продолжались два года, за это время подрядчик заменил пролёты, перила и "
           "освещение, а также "
           "уложил новое покрытие на всём протяжении моста.</p>"
           "<p>По словам специалистов, после реконструкции мост выдержит нагрузку большегрузных "
           "автомобилей, "
           "а пропускная способность выросла почти вдвое.</p>"
           "<p>Жители левобережья теперь добираются до центра за двадцать минут вместо часа, как "
           "было во время "
           "ремонта, когда приходилось пользоваться объездной дорогой.</p>";
}

} // namespace

class TestArticleExtractor : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void siteRuleChoosesTheBody();
    void userRulesOverrideBuiltIn();
    void brokenRulesFileIsReported();
    void builtInRulesLoad();
    void littleTextIsFlaggedIncomplete();
    void readerHtmlIsSafeAndAbsolute();
    void inlineCreditJoinsItsPhoto();
    void hostileNestingEndsWithAResult();
    void tooManyAttributesStayFast();
    void scriptsAndStylesGoBeforeParsing();
    void emptyInputIsNotACrash();
};

void TestArticleExtractor::fixtures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("siteRules");
    const QDir root(testenv::fixture(QStringLiteral("extract")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(cases.size() >= 14, "the extraction fixtures are missing");
    // Each page twice: with the shipped site rules, and with content scoring alone (a site
    // that changes its layout falls back to it).
    for (const QString &name : cases) {
        QTest::newRow(qPrintable(name + QStringLiteral(" (rules)"))) << root.filePath(name) << true;
        QTest::newRow(qPrintable(name + QStringLiteral(" (scoring)")))
            << root.filePath(name) << false;
    }
}

void TestArticleExtractor::fixtures()
{
    QFETCH(QString, folder);
    QFETCH(bool, siteRules);
    const QJsonObject expected
        = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/expected.json"))).object();
    ArticleExtractor extractor(siteRules ? extract::SiteRules::builtIn() : extract::SiteRules());
    const ExtractedArticle a = extractor.extract(readFile(folder + QStringLiteral("/page.html")),
        QUrl(expected.value(QLatin1String("url")).toString()),
        nullable(expected.value(QLatin1String("content_type"))));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.siteRule.isEmpty(), !siteRules); // every fixture's outlet has a rule
    QCOMPARE(a.title, expected.value(QLatin1String("title")).toString());
    QCOMPARE(a.byline, nullable(expected.value(QLatin1String("byline"))));
    QCOMPARE(a.published.isValid() ? feeds::formatIsoDate(a.published) : QString(),
        nullable(expected.value(QLatin1String("published"))));
    QCOMPARE(a.language, expected.value(QLatin1String("language")).toString());

    const QJsonValue lead = expected.value(QLatin1String("lead_image"));
    if (lead.isNull()) {
        QVERIFY(a.leadImage.isEmpty());
    } else {
        QCOMPARE(a.leadImage.url, lead[QLatin1String("url")].toString());
        QCOMPARE(a.leadImage.caption, lead[QLatin1String("caption")].toString());
        QCOMPARE(a.leadImage.credit, lead[QLatin1String("credit")].toString());
        QCOMPARE(a.images.value(0), a.leadImage.url); // cached first
    }

    const QJsonArray quotes = expected.value(QLatin1String("pull_quotes")).toArray();
    QCOMPARE(a.pullQuotes.size(), quotes.size());
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QCOMPARE(a.pullQuotes.at(i).text, quotes.at(i)[QLatin1String("text")].toString());
        QCOMPARE(
            a.pullQuotes.at(i).attribution, quotes.at(i)[QLatin1String("attribution")].toString());
    }
    if (!quotes.isEmpty())
        QVERIFY2(
            a.html.contains(QLatin1String("<blockquote")), "pull quotes are set apart in the body");

    const QString text = collapsed(a.text);
    qsizetype at = 0;
    for (const QJsonValue &sentence : expected.value(QLatin1String("body_contains")).toArray()) {
        const qsizetype found = text.indexOf(sentence.toString(), at);
        QVERIFY2(found >= 0,
            qPrintable(QStringLiteral("missing or out of order: ") + sentence.toString()));
        at = found;
    }
    for (const QJsonValue &boilerplate : expected.value(QLatin1String("body_excludes")).toArray())
        QVERIFY2(!text.contains(boilerplate.toString()),
            qPrintable(QStringLiteral("boilerplate in the body: ") + boilerplate.toString()));
    QVERIFY(text.size() >= expected.value(QLatin1String("min_body_chars")).toInt());
    QVERIFY(a.complete);
}

void TestArticleExtractor::siteRuleChoosesTheBody()
{
    // A layout the scorer alone would get wrong: the real text is short, a long teaser column is
    // not.
    const QByteArray html = page("<div class=\"teasers\">" + paragraphs() + paragraphs()
        + "</div>"
          "<div class=\"lenta-text\"><p>Короткая заметка о погоде: в Аксу ожидается снег, дороги "
          "будут "
          "расчищать всю ночь.</p><p class=\"promo\">Подписывайтесь на нас в Telegram</p></div>");
    const QByteArray rules = R"({"sites": [{"name": "Test outlet", "hosts": ["example.kz"],
        "body": "//div[has-class('lenta-text')]", "strip_text": ["Telegram"]}]})";
    QString error;
    const auto parsed = extract::SiteRules::fromJson(rules, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    ArticleExtractor extractor(*parsed);
    const ExtractedArticle a
        = extractor.extract(html, QUrl(QStringLiteral("https://www.example.kz/news/1")));
    QCOMPARE(a.siteRule, QStringLiteral("Test outlet"));
    QVERIFY(a.text.contains(QStringLiteral("в Аксу ожидается снег")));
    QVERIFY(!a.text.contains(QStringLiteral("Иртыш")));
    QVERIFY(!a.text.contains(QStringLiteral("Telegram")));

    // Another host: no rule, the scorer decides.
    const ExtractedArticle other
        = extractor.extract(html, QUrl(QStringLiteral("https://example.org/news/1")));
    QVERIFY(other.siteRule.isEmpty());
    QVERIFY(other.text.contains(QStringLiteral("Иртыш")));
}

void TestArticleExtractor::userRulesOverrideBuiltIn()
{
    auto builtIn = extract::SiteRules::fromJson(
        R"({"sites": [{"name": "shipped", "hosts": ["tengrinews.kz"], "body": "//div[@id='a']"}]})");
    auto user = extract::SiteRules::fromJson(
        R"({"sites": [{"name": "mine", "hosts": ["tengrinews.kz"], "body": "//div[@id='b']"}]})");
    QVERIFY(builtIn && user);
    builtIn->overrideWith(*user);
    QCOMPARE(builtIn->rules().size(), 1);
    QCOMPARE(builtIn->forHost(QStringLiteral("www.tengrinews.kz"))->name, QStringLiteral("mine"));
    QVERIFY(!builtIn->forHost(QStringLiteral("nottengrinews.kz")));
}

void TestArticleExtractor::brokenRulesFileIsReported()
{
    QString error;
    QVERIFY(!extract::SiteRules::fromJson("{\"sites\": [", &error));
    QVERIFY(!error.isEmpty());
    const QByteArray noHosts = "{\"sites\": [{\"name\": \"no hosts\", \"body\": \"//p\"}]}";
    QVERIFY(!extract::SiteRules::fromJson(noHosts, &error));
    QVERIFY(error.contains(QLatin1String("no hosts")));
}

void TestArticleExtractor::builtInRulesLoad()
{
    const extract::SiteRules rules = extract::SiteRules::builtIn();
    // The outlets whose layout is known (../shared/reference/outlets.md) have rules.
    for (const char *host : { "tengrinews.kz", "www.zakon.kz", "kz.kursiv.media", "www.nur.kz",
             "kazpravda.kz", "ekaraganda.kz", "otyrar.kz", "24.kz" })
        QVERIFY2(rules.forHost(QString::fromLatin1(host)), host);
}

void TestArticleExtractor::littleTextIsFlaggedIncomplete()
{
    // A paywalled or script-rendered page: one teaser line among a lot of navigation.
    QByteArray nav = "<ul class=\"menu\">";
    for (int i = 0; i < 80; ++i)
        nav += "<li><a href=\"/r" + QByteArray::number(i) + "\">Раздел новостей номер "
            + QByteArray::number(i) + "</a></li>";
    nav += "</ul>";
    const QByteArray html = page(
        nav + "<div class=\"article\"><p>Полный текст статьи доступен подписчикам.</p></div>");
    ArticleExtractor extractor;
    const ExtractedArticle a
        = extractor.extract(html, QUrl(QStringLiteral("https://example.kz/a")));
    QVERIFY(a.error.isEmpty());
    QVERIFY(!a.complete);

    // The same page with the article in it is complete.
    const QByteArray whole = page(nav + "<div class=\"article\">" + paragraphs() + "</div>");
    QVERIFY(extractor.extract(whole, QUrl(QStringLiteral("https://example.kz/a"))).complete);
}

void TestArticleExtractor::readerHtmlIsSafeAndAbsolute()
{
    const QByteArray html = page("<article>" + paragraphs()
        + "<p>Фотоотчёт: <img src=\"https://counter.example/pixel.gif\" width=\"1\" height=\"1\">"
          "<img src=\"/img/most.jpg\" onerror=\"alert(1)\"> <a "
          "href=\"javascript:alert(2)\">ссылка</a>"
          " <a href=\"/news/2\">далее</a></p><script>alert(3)</script><iframe "
          "src=\"https://evil.example/\"></iframe>"
          "<form action=\"/x\"><input name=q></form></article>");
    ArticleExtractor extractor;
    const ExtractedArticle a
        = extractor.extract(html, QUrl(QStringLiteral("https://example.kz/news/1")));
    QVERIFY(!a.html.contains(QLatin1String("script"), Qt::CaseInsensitive));
    QVERIFY(!a.html.contains(QLatin1String("onerror"), Qt::CaseInsensitive));
    QVERIFY(!a.html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
    QVERIFY(!a.html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
    QVERIFY(!a.html.contains(QLatin1String("<form"), Qt::CaseInsensitive));
    QVERIFY(a.html.contains(QLatin1String("https://example.kz/news/2")));
    QVERIFY(a.images.contains(QStringLiteral("https://example.kz/img/most.jpg")));
    QCOMPARE(a.images.size(), 1);
}

void TestArticleExtractor::inlineCreditJoinsItsPhoto()
{
    const QByteArray html = page("<article>" + paragraphs()
        + "<p><img src=\"/img/second.jpg\" width=\"800\"></p><p>Фото: пресс-служба акимата</p>"
        + paragraphs() + "</article>");
    ArticleExtractor extractor;
    const ExtractedArticle a
        = extractor.extract(html, QUrl(QStringLiteral("https://example.kz/news/1")));
    QVERIFY(a.html.contains(QStringLiteral("<figcaption>Фото: пресс-служба акимата</figcaption>")));
    QVERIFY(a.html.contains(QStringLiteral("<figure>")));
}

void TestArticleExtractor::hostileNestingEndsWithAResult()
{
    auto nested = [](int depth) {
        QByteArray html = "<html><head><title>Глубина</title></head><body>";
        for (int i = 0; i < depth; ++i)
            html += "<div>";
        return html + "<p>глубоко внизу</p></body></html>";
    };
    ArticleExtractor extractor;
    // Below Oqy's depth limit (200) the markup goes but the words stay.
    const ExtractedArticle deep
        = extractor.extract(nested(240), QUrl(QStringLiteral("https://example.kz/deep")));
    QVERIFY2(deep.error.isEmpty(), qPrintable(deep.error));
    QVERIFY(deep.text.contains(QStringLiteral("глубоко внизу")));
    // libxml2 itself stops reading at 256 levels: a hostile page still gives a result.
    const ExtractedArticle hostile
        = extractor.extract(nested(50000), QUrl(QStringLiteral("https://example.kz/deep")));
    QVERIFY2(hostile.error.isEmpty(), qPrintable(hostile.error));
    QCOMPARE(hostile.title, QStringLiteral("Глубина"));
    QVERIFY(!hostile.complete);
}

void TestArticleExtractor::tooManyAttributesStayFast()
{
    // libxml2 compares each attribute with all earlier ones of its element: 100,000 would take it
    // minutes. The page is cut to 512 attributes per tag before it is parsed.
    QByteArray html = "<html><body><article><p class=\"x\"";
    for (int i = 0; i < 100000; ++i)
        html += " data-a" + QByteArray::number(i % 5000) + "=\"x\"";
    html += ">текст <a href=\"/a\" title='b'>ссылка</a></p></article></body></html>";
    QByteArray bounded = html;
    extract::capAttributes(bounded);
    QCOMPARE(bounded.count("=\""), 512 + 1); // the <p>'s first 512, then the link's href
    QVERIFY(bounded.contains("<p class=\"x\" data-a0=\"x\""));
    QVERIFY(
        bounded.endsWith(">текст <a href=\"/a\" title='b'>ссылка</a></p></article></body></html>"));
    QByteArray normal = page(paragraphs());
    const QByteArray before = normal;
    extract::capAttributes(normal);
    QCOMPARE(normal, before);
    ArticleExtractor extractor;
    const ExtractedArticle a
        = extractor.extract(html, QUrl(QStringLiteral("https://example.kz/attrs")));
    QVERIFY(a.text.contains(QStringLiteral("текст")));
}

void TestArticleExtractor::scriptsAndStylesGoBeforeParsing()
{
    QByteArray html
        = "<html><head><script>var a = '<p>не текст</p>';</script>"
          "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
          "\"Заголовок\"}</script>"
          "<STYLE media=\"x>y\">p { color: red }</STYLE><!-- <p>комментарий</p> --></head>"
          "<body><p>Текст статьи.</p><script src=\"a.js\"></script><noscript><img "
          "src=\"a.jpg\"></noscript></body></html>";
    extract::dropScriptsStylesAndComments(html);
    QCOMPARE(html,
        QByteArray("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                   "\"headline\": \"Заголовок\"}</script></head><body><p>Текст статьи.</p>"
                   "<noscript><img src=\"a.jpg\"></noscript></body></html>"));
    // Nothing to drop: the page is left as it is; an unterminated script is the parser's business.
    QByteArray plain = page(paragraphs());
    const QByteArray before = plain;
    extract::dropScriptsStylesAndComments(plain);
    QCOMPARE(plain, before);
    QByteArray open = "<p>a</p><script>never closed";
    extract::dropScriptsStylesAndComments(open);
    QCOMPARE(open, QByteArray("<p>a</p><script>never closed"));
    // JSON-LD still gives the headline.
    ArticleExtractor extractor;
    QCOMPARE(
        extractor
            .extract(
                "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                "\"headline\": \"Заголовок из JSON-LD\"}</script></head><body>"
                    + paragraphs() + "</body></html>",
                QUrl(QStringLiteral("https://example.kz/a")))
            .title,
        QStringLiteral("Заголовок из JSON-LD"));
}

void TestArticleExtractor::emptyInputIsNotACrash()
{
    ArticleExtractor extractor;
    for (const QByteArray &input :
        { QByteArray(), QByteArray("\0\0\0", 3), QByteArray("<"), QByteArray("plain text") }) {
        const ExtractedArticle a
            = extractor.extract(input, QUrl(QStringLiteral("https://example.kz/")));
        QVERIFY(!a.complete || !a.text.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestArticleExtractor)
#include "test_articleextractor.moc"
