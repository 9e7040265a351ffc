// Photo credits, quote attributions and bylines as Kazakh outlets print them.
#include "extract/credits.h"

#include <QTest>

using namespace oqy::extract;

class TestCredits : public QObject
{
    Q_OBJECT

private slots:
    void splitCaption_data();
    void splitCaption();
    void creditLines();
    void attribution_data();
    void attribution();
    void quotationMarks();
    void byline();
};

void TestCredits::splitCaption_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::newRow("credit alone") << QStringLiteral("Фото: Акорда") << QString()
                                  << QStringLiteral("Акорда");
    QTest::newRow("kazakh") << QStringLiteral("Сурет: Kazpravda.kz") << QString()
                            << QStringLiteral("Kazpravda.kz");
    QTest::newRow("archive") << QStringLiteral("Фото из архива eKaraganda") << QString()
                             << QStringLiteral("из архива eKaraganda");
    QTest::newRow("caption then credit")
        << QStringLiteral("Мост через Тобол после реконструкции. Фото: Олег Брусенцов")
        << QStringLiteral("Мост через Тобол после реконструкции")
        << QStringLiteral("Олег Брусенцов");
    QTest::newRow("parenthesised")
        << QStringLiteral("Новый водозабор (фото: пресс-служба акимата)")
        << QStringLiteral("Новый водозабор") << QStringLiteral("пресс-служба акимата");
    QTest::newRow("copyright sign")
        << QStringLiteral("© Kursiv.media") << QString() << QStringLiteral("Kursiv.media");
    QTest::newRow("dash") << QStringLiteral("Фото — Tengrinews.kz") << QString()
                          << QStringLiteral("Tengrinews.kz");
    QTest::newRow("no credit") << QStringLiteral("Ледовая арена в Талдыкоргане")
                               << QStringLiteral("Ледовая арена в Талдыкоргане") << QString();
    // "Фотосессия" is a word, not a credit.
    QTest::newRow("word that starts alike")
        << QStringLiteral("Фотосессия выпускников на набережной")
        << QStringLiteral("Фотосессия выпускников на набережной") << QString();
}

void TestCredits::splitCaption()
{
    QFETCH(QString, text);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    const CaptionParts parts = oqy::extract::splitCaption(text);
    QCOMPARE(parts.caption, caption);
    QCOMPARE(parts.credit, credit);
}

void TestCredits::creditLines()
{
    QVERIFY(isCreditLine(QStringLiteral("Фото: пресс-служба акимата Павлодарской области")));
    QVERIFY(isCreditLine(QStringLiteral("  Сурет: ашық дереккөзден ")));
    QVERIFY(!isCreditLine(QStringLiteral("Фотовыставка откроется в субботу в областном музее.")));
    QVERIFY(!isCreditLine(
        QStringLiteral("В акимате рассказали, что фото победителей разместят на сайте.")));
}

void TestCredits::attribution_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("person");
    QTest::newRow("сказал") << QStringLiteral("– сказал Президент.") << QStringLiteral("Президент");
    QTest::newRow("отметил") << QStringLiteral("— отметил директор ледовой арены Руслан Жакупов.")
                             << QStringLiteral("директор ледовой арены Руслан Жакупов");
    QTest::newRow("деді") << QStringLiteral(
        "— деді басқарма басшысының орынбасары Асқар Бекмұратов.")
                          << QStringLiteral("басқарма басшысының орынбасары Асқар Бекмұратов");
    QTest::newRow("name and post") << QStringLiteral("Марат Оспанов, председатель союза мукомолов")
                                   << QStringLiteral("Марат Оспанов, председатель союза мукомолов");
}

void TestCredits::attribution()
{
    QFETCH(QString, line);
    QFETCH(QString, person);
    QCOMPARE(cleanAttribution(line), person);
}

void TestCredits::quotationMarks()
{
    QCOMPARE(stripQuotationMarks(
                 QStringLiteral("«Ни один населённый пункт не должен остаться без тепла»,")),
        QStringLiteral("Ни один населённый пункт не должен остаться без тепла"));
    // Marks that do not enclose the whole text stay.
    QCOMPARE(stripQuotationMarks(QStringLiteral("«Астана» обыграла «Кайрат»")),
        QStringLiteral("«Астана» обыграла «Кайрат»"));
    QVERIFY(looksLikeAttribution(QStringLiteral("— отметил аким")));
    QVERIFY(!looksLikeAttribution(QStringLiteral("Работы завершат к концу месяца.")));
}

void TestCredits::byline()
{
    QCOMPARE(
        cleanByline(QStringLiteral("Автор: Асем Жаксылыкова")), QStringLiteral("Асем Жаксылыкова"));
    QCOMPARE(
        cleanByline(QStringLiteral("Текст: Ерлан Сағынбаев")), QStringLiteral("Ерлан Сағынбаев"));
    QCOMPARE(cleanByline(QStringLiteral("Данияр Сериков")), QStringLiteral("Данияр Сериков"));
}

QTEST_GUILESS_MAIN(TestCredits)
#include "test_credits.moc"
