// What the reader pane does to a body before showing it: the headline once, a pull-quote's
// attribution inside its box, the photo credit as the outlet wrote it.
#include "readerbody.h"

#include <QTest>

using namespace oqy;

class TestReaderBody : public QObject
{
    Q_OBJECT
private slots:
    void theHeadlineIsShownOnce_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("removed");
        QTest::newRow("h1 at the top") << QStringLiteral("<h1>В Павлодаре обсудили ремонт дорог</h1><p>Текст.</p>") << true;
        QTest::newRow("case and punctuation") << QStringLiteral("<div class=\"x\"><h1>в Павлодаре обсудили ремонт дорог!</h1><p>Текст.</p></div>") << true;
        QTest::newRow("h2 with a link") << QStringLiteral("<h2><a href=\"/a\">В Павлодаре обсудили&nbsp;ремонт дорог</a></h2><p>Текст.</p>") << true;
        QTest::newRow("another heading") << QStringLiteral("<h1>Дороги</h1><p>Текст.</p>") << false;
        QTest::newRow("not at the top") << QStringLiteral("<p>Вступление.</p><h2>В Павлодаре обсудили ремонт дорог</h2>") << false;
    }
    void theHeadlineIsShownOnce()
    {
        QFETCH(QString, body);
        QFETCH(bool, removed);
        const QString title = QStringLiteral("В Павлодаре обсудили ремонт дорог");
        const QString shown = readerbody::withoutRepeatedHeadline(body, title);
        QCOMPARE(shown.contains(QStringLiteral("<h")), !removed);
        QVERIFY(shown.contains(QStringLiteral("<p>")));
    }

    void anAttributionJoinsItsQuote()
    {
        const QString body = QStringLiteral(
            "<p>Начало.</p><blockquote><p>«Все работы завершим до осени»</p></blockquote>\n"
            "<p>— сказал аким города Ерлан Сағынов.</p><p>Дальше текст статьи, не подпись.</p>"
            "<blockquote><p>«Вторая цитата»</p></blockquote><p>Обычный абзац после цитаты, "
            "длинный и без тире.</p>");
        const QString shown = readerbody::withAttributionsInQuotes(body);
        QVERIFY2(shown.contains(QStringLiteral("<cite>— сказал аким города Ерлан Сағынов.</cite></blockquote>")),
            qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("<p>— сказал")));
        QVERIFY(shown.contains(QStringLiteral("</blockquote><p>Обычный абзац после цитаты")));
        QVERIFY(shown.contains(QStringLiteral("<p>Дальше текст статьи, не подпись.</p>")));
    }

    void theCreditAsTheOutletWroteIt_data()
    {
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shown");
        QTest::newRow("as written") << QStringLiteral("Акорда") << QStringLiteral("Фото: Акорда") << QStringLiteral("kk") << QStringLiteral("Фото: Акорда");
        QTest::newRow("archive") << QStringLiteral("из архива eKaraganda") << QStringLiteral("Фото из архива eKaraganda") << QStringLiteral("ru") << QStringLiteral("Фото из архива eKaraganda");
        QTest::newRow("bare name, ru") << QStringLiteral("Акорда") << QString() << QStringLiteral("ru") << QStringLiteral("Фото: Акорда");
        QTest::newRow("bare name, kk") << QStringLiteral("Kazpravda.kz") << QString() << QStringLiteral("kk") << QStringLiteral("Сурет: Kazpravda.kz");
        QTest::newRow("bare name, en") << QStringLiteral("Reuters") << QString() << QStringLiteral("en") << QStringLiteral("Photo: Reuters");
        QTest::newRow("copyright") << QStringLiteral("Kursiv.media") << QStringLiteral("© Kursiv.media") << QStringLiteral("ru") << QStringLiteral("© Kursiv.media");
        QTest::newRow("none") << QString() << QString() << QStringLiteral("ru") << QString();
    }
    void theCreditAsTheOutletWroteIt()
    {
        QFETCH(QString, credit);
        QFETCH(QString, line);
        QFETCH(QString, language);
        QFETCH(QString, shown);
        LeadImage image;
        image.url = QStringLiteral("https://ekaraganda.kz/img/1.jpg");
        image.credit = credit;
        image.creditLine = line;
        QCOMPARE(readerbody::creditLine(image, language), shown);
    }
};

QTEST_GUILESS_MAIN(TestReaderBody)
#include "test_readerbody.moc"
