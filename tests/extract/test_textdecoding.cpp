// The hand-written fast paths of text decoding (eight bytes or units a step) give exactly what the
// plain definitions give, at every length and alignment: Russian and Kazakh letters, ASCII runs,
// three- and four-byte characters, malformed bytes, and every kind of white space.
#include "extract/htmltext.h"
#include "extract/textcodec.h"
#include "feeds/xmltextscan.h"

#include <QRandomGenerator>
#include <QTest>

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void utf8MatchesQt_data();
    void utf8MatchesQt();
    void utf8RandomText();
    void utf8Malformed();
    void whitespaceCollapses_data();
    void whitespaceCollapses();
    void whitespaceRandomText();
    void plainTextLineBreaks();
    void xmlTextScanStopsWhereItMust();
};

namespace {

// The pieces random texts are made of: letters of both languages, Latin, digits, punctuation,
// typographic characters beyond Cyrillic, an emoji, and white space of several kinds.
const QStringList &pieces()
{
    static const QStringList all = {
        QStringLiteral("Қарағанды"),
        QStringLiteral("облысы"),
        QStringLiteral("әкімдігі"),
        QStringLiteral("ө"),
        QStringLiteral("Ү"),
        QStringLiteral("жаңалықтар"),
        QStringLiteral("Oqy"),
        QStringLiteral("2026"),
        QStringLiteral(","),
        QStringLiteral("«"),
        QStringLiteral("»"),
        QStringLiteral("—"),
        QStringLiteral("№"),
        QStringLiteral("€"),
        QString::fromUtf8("\xF0\x9F\x93\xB0"), // 📰
        QStringLiteral(" "),
        QStringLiteral("  "),
        QStringLiteral("\n"),
        QStringLiteral("\t"),
        QStringLiteral("\u00A0"),
        QStringLiteral("\u2003"),
        QStringLiteral("\u3000"),
        QStringLiteral("\r\n"),
        QStringLiteral("<p>"),
        QStringLiteral("&amp;"),
        QStringLiteral("a"),
        QStringLiteral("Ы"),
    };
    return all;
}

QString randomText(QRandomGenerator &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += pieces().at(int(random.bounded(qsizetype(pieces().size()))));
    return text;
}

// The definition: words (runs of non-space) joined by single spaces.
QString collapsedByDefinition(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words.join(QLatin1Char(' '));
}

} // namespace

void TestTextDecoding::utf8MatchesQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("kazakh") << QStringLiteral("Ақтөбе облысында жаңа мектеп ашылды");
    QTest::newRow("russian, long word")
        << QStringLiteral("высокотехнологичного электрооборудования");
    QTest::newRow("ascii run") << QStringLiteral(
        "https://ekaraganda.kz/news/2026/11/27/some-long-path?id=1");
    QTest::newRow("mixed") << QStringLiteral("«Фото: Акорда» — 27 ноября, 10:00 📰 Oqy");
    QTest::newRow("latin-1") << QStringLiteral("café ©");
}

void TestTextDecoding::utf8MatchesQt()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    // Every start and end, so each fast path meets each alignment and a cut-off tail.
    for (qsizetype from = 0; from < qMin<qsizetype>(utf8.size(), 9); ++from)
        for (qsizetype to = from; to <= utf8.size(); ++to) {
            const QByteArrayView part = QByteArrayView(utf8).sliced(from, to - from);
            QCOMPARE(oqy::utf8ToString(part), QString::fromUtf8(part));
        }
}

void TestTextDecoding::utf8RandomText()
{
    QRandomGenerator random(20261127);
    for (int round = 0; round < 2000; ++round) {
        const QString text = randomText(random, int(random.bounded(40)));
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(oqy::utf8ToString(utf8), text);
    }
}

void TestTextDecoding::utf8Malformed()
{
    // Overlong letters (C0/C1 leads), lone continuation bytes, sequences cut short, surrogates:
    // a string comes back, the good letters around them intact, the rest replaced.
    const QList<QByteArray> cases = {
        QByteArray("\xC0\x80\xD0\x90\xD0\x91\xD0\x92\xD0\x93"),
        QByteArray("\xD0\x90\xD0\x91\xD0\x92\xC1\xBF\xD0\x93\xD0\x94"),
        QByteArray("\xD0\x90\xD0\x91\xD0\x92\xD0\x93\xD0"),
        QByteArray("\x80\x80\xD0\x90 x"),
        QByteArray("\xED\xA0\x80\xD0\x90"),
        QByteArray("\xD0\x41\xD0\x90\xD0\x91\xD0\x92\xD0\x93"),
    };
    QRandomGenerator random(7);
    QList<QByteArray> all = cases;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = randomText(random, int(random.bounded(12))).toUtf8();
        for (int flips = 0; flips < 3 && !bytes.isEmpty(); ++flips)
            bytes[qsizetype(random.bounded(bytes.size()))] = char(random.bounded(256));
        all.append(bytes);
    }
    for (const QByteArray &bytes : std::as_const(all)) {
        const QString decoded = oqy::utf8ToString(bytes);
        QVERIFY(decoded.size() <= bytes.size());
        QCOMPARE(decoded.toUtf8().contains("\xEF\xBF\xBD"), !oqy::isValidUtf8(bytes));
    }
    QCOMPARE(oqy::utf8ToString(cases.at(0)).right(4), QStringLiteral("АБВГ"));
    QCOMPARE(oqy::utf8ToString(cases.at(1)).left(3), QStringLiteral("АБВ"));
    QCOMPARE(oqy::utf8ToString(cases.at(5)).right(4), QStringLiteral("АБВГ"));
}

void TestTextDecoding::whitespaceCollapses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("  Шымкент   қаласында \n жаңа саябақ  ")
                           << QStringLiteral("Шымкент қаласында жаңа саябақ");
    QTest::newRow("no-break and em spaces")
        << QStringLiteral("10\u00A0000\u2003тенге") << QStringLiteral("10 000 тенге");
    QTest::newRow("dash kept") << QStringLiteral("Павлодар—Екибастуз — трасса")
                               << QStringLiteral("Павлодар—Екибастуз — трасса");
    QTest::newRow("long word") << QStringLiteral("электроэнергетического\tоборудования")
                               << QStringLiteral("электроэнергетического оборудования");
    QTest::newRow("only space") << QStringLiteral(" \u3000 \n") << QString();
}

void TestTextDecoding::whitespaceCollapses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(oqy::collapseWhitespace(text), expected);
}

void TestTextDecoding::whitespaceRandomText()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 3000; ++round) {
        const QString text = randomText(random, int(random.bounded(50)));
        QCOMPARE(oqy::collapseWhitespace(text), collapsedByDefinition(text));
    }
}

void TestTextDecoding::plainTextLineBreaks()
{
    // Block elements break lines; pieces of one paragraph join with single spaces.
    QCOMPARE(oqy::htmlToPlainText(
                 u"<p>Атырау облысында </p><p>  су тасқыны  <b>басталды</b></p><div> </div>"),
        QStringLiteral("Атырау облысында\nсу тасқыны басталды"));
    QCOMPARE(oqy::htmlToPlainText(u"<p>Бір</p>екі<br>үш<img src=x>төрт"),
        QStringLiteral("Бір\nекі\nүш төрт"));
}

void TestTextDecoding::xmlTextScanStopsWhereItMust()
{
    // What the feed reader skips sixteen bytes at a time must be plain text by the definition:
    // ASCII but the specials, and whole two-byte letters; everything else is left to it.
    auto plainPrefix = [](const QByteArray &bytes, bool markup) {
        qsizetype i = 0;
        while (i < bytes.size()) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c < 0x80) {
                if ((c < 0x20 && c != '\t' && c != '\n') || (markup && (c == '<' || c == '&' || c == ']')))
                    break;
                ++i;
            } else if (c >= 0xC2 && c <= 0xDF && i + 1 < bytes.size()
                       && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    };
    QRandomGenerator random(5);
    const QList<QByteArray> extras = { "<", "&amp;", "]]>", "\r\n", "\x01", "\xE2\x80\x94", "\xC0\x80",
                                       "\x80", "\xD0", "\xF0\x9F\x93\xB0" };
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = randomText(random, int(random.bounded(30))).toUtf8();
        if (random.bounded(2) == 0)
            bytes.insert(qsizetype(random.bounded(bytes.size() + 1)), extras.at(int(random.bounded(qsizetype(extras.size())))));
        const bool markup = random.bounded(2) == 0;
        const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
        const qsizetype skipped = oqy::feeds::skipPlainText(begin, begin + bytes.size(), markup) - begin;
        const qsizetype plain = plainPrefix(bytes, markup);
        QVERIFY2(skipped <= plain, bytes.toHex().constData());
        // It stops at a character's start, and within the last block of the plain run.
        QVERIFY2(skipped == plain || plainPrefix(bytes.left(skipped), markup) == skipped, bytes.toHex().constData());
        QVERIFY2(plain - skipped < 16 + 2 || skipped > 0, bytes.toHex().constData());
    }
    const QByteArray kazakh = QStringLiteral("Қарағанды облысында жаңа аурухана салынады, деп хабарлады әкімдік").toUtf8();
    const auto *k = reinterpret_cast<const unsigned char *>(kazakh.constData());
    QVERIFY(oqy::feeds::skipPlainText(k, k + kazakh.size(), true) - k > kazakh.size() - 16);
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "test_textdecoding.moc"
