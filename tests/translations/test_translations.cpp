#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// Russian and Kazakh are complete: every string the UI shows has a finished translation, and no
// translation is kept for a string the code no longer has.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ru") << QStringLiteral("oqy_ru.ts");
        QTest::newRow("kk") << QStringLiteral("oqy_kk.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        QFile ts(QDir(QString::fromLocal8Bit(qgetenv("OQY_TS_DIR"))).filePath(file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    problems.append(type + QLatin1String(": ") + source);
                else if (text.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_translations.moc"
