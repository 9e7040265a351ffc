#include "feeds/dateparser.h"

#include <QTest>

using oqy::feeds::formatIsoDate;
using oqy::feeds::parseDate;

// The dates regional feeds actually carry must land on the right UTC instant; garbage must give
// no date at all rather than a wrong one (a wrong date sorts an article out of sight).
class TestDateParser : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("rfc822") << "Thu, 26 Nov 2026 09:15:00 +0500" << "2026-11-26T04:15:00Z";
        QTest::newRow("rfc822 no day name") << "26 Nov 2026 09:15:00 GMT" << "2026-11-26T09:15:00Z";
        QTest::newRow("rfc822 no seconds") << "Thu, 26 Nov 2026 09:15 +0600" << "2026-11-26T03:15:00Z";
        QTest::newRow("rfc822 named zone") << "Mon, 26 January 2004 16:31:00 EST" << "2004-01-26T21:31:00Z";
        QTest::newRow("rfc822 two-digit year") << "Thu, 01 Jan 04 19:48:21 GMT" << "2004-01-01T19:48:21Z";
        QTest::newRow("rfc822 missing space") << "Fri,24 Nov 2023 18:28:36 -0000" << "2023-11-24T18:28:36Z";
        QTest::newRow("rfc822 date only") << "Thu, 01 Jan 2004" << "2004-01-01T00:00:00Z";
        QTest::newRow("month and day swapped") << "Thu Aug 30 2012 17:26:16 +0200" << "2012-08-30T15:26:16Z";
        QTest::newRow("russian short") << "Чт, 26 ноя 2026 11:00:00 +0500" << "2026-11-26T06:00:00Z";
        QTest::newRow("russian genitive") << "26 ноября 2026 года 14:30" << "2026-11-26T14:30:00Z";
        QTest::newRow("russian with г.") << "3 марта 2025 г." << "2025-03-03T00:00:00Z";
        QTest::newRow("kazakh") << "26 қараша 2026 10:00 +0500" << "2026-11-26T05:00:00Z";
        QTest::newRow("kazakh year first") << "2026 жылғы 5 наурыз" << "2026-03-05T00:00:00Z";
        QTest::newRow("almaty before 2024") << "Mon, 15 Jan 2024 12:00:00 ALMT" << "2024-01-15T06:00:00Z";
        QTest::newRow("almaty after 2024") << "Mon, 15 Apr 2024 12:00:00 ALMT" << "2024-04-15T07:00:00Z";
        QTest::newRow("w3cdtf") << "2026-11-26T09:15:00+05:00" << "2026-11-26T04:15:00Z";
        QTest::newRow("w3cdtf fraction") << "2007-04-23T23:25:47.538+10:00" << "2007-04-23T13:25:47Z";
        QTest::newRow("w3cdtf space") << "2004-07-08 23:56:58 -00:20" << "2004-07-09T00:16:58Z";
        QTest::newRow("w3cdtf date") << "2003-12-31" << "2003-12-31T00:00:00Z";
        QTest::newRow("iso ordinal") << "2003-335" << "2003-12-01T00:00:00Z";
        QTest::newRow("asctime") << "Sun Jan  4 16:29:06 2004" << "2004-01-04T16:29:06Z";
        QTest::newRow("asctime with zone") << "Sun Jul 15 01:16:00 +0000 2012" << "2012-07-15T01:16:00Z";
        QTest::newRow("perforce") << "Fri, 2006/09/15 08:19:53 EDT" << "2006-09-15T12:19:53Z";
        QTest::newRow("dotted numeric") << "26.11.2026 14:30" << "2026-11-26T09:30:00Z";
        QTest::newRow("year 100") << "Thu, 01 Jan 0100 00:00:01 +0100" << "0099-12-31T23:00:01Z";
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QCOMPARE(formatIsoDate(parseDate(text)), utc);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "вчера вечером";
        QTest::newRow("bad hour") << "2003-12-31T25:14:55Z";
        QTest::newRow("bad minute") << "2003-12-31T10:61:55Z";
        QTest::newRow("junk after") << "2013-01-28T11:30:00-06:00Textra";
        QTest::newRow("bad month") << "Sun, 16 zzz 2012 11:47:32 GMT";
        QTest::newRow("bad zone") << "Sun, 16 Dec 2012 11:47:32 +zz:00";
        QTest::newRow("bad day") << "Sun, 99 Jun 2009 12:00:00 GMT";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseDate(text).isValid(), qPrintable(formatIsoDate(parseDate(text))));
    }
};

QTEST_APPLESS_MAIN(TestDateParser)
#include "test_dateparser.moc"
