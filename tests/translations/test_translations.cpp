#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Russian and Kazakh are complete: every string the UI shows has a finished translation, and no
// translation is kept for a string the code no longer has.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QStringList problemsIn(const QString &path, int *messages)
    {
        QFile ts(path);
        if (!ts.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + path};
        QXmlStreamReader xml(&ts);
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++*messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    problems.append(type + QLatin1String(": ") + source);
                else if (text.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + source);
            }
        }
        if (xml.hasError())
            problems.append(xml.errorString());
        return problems;
    }

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
        int messages = 0;
        const QStringList problems =
            problemsIn(QDir(QString::fromLocal8Bit(qgetenv("OQY_TS_DIR"))).filePath(file), &messages);
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The .ts files hold every string the code has today: lupdate over the sources (into a copy)
    // finds nothing new to translate. A string added without a translation fails here, not in
    // front of a reader.
    void upToDate_data() { complete_data(); }
    void upToDate()
    {
        QFETCH(QString, file);
        const QString lupdate = QString::fromLocal8Bit(qgetenv("OQY_LUPDATE"));
        const QString sources = QString::fromLocal8Bit(qgetenv("OQY_SOURCE_DIR"));
        if (lupdate.isEmpty() || !QFile::exists(lupdate))
            QSKIP("lupdate is not available to this test run");
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QDir(QString::fromLocal8Bit(qgetenv("OQY_TS_DIR"))).filePath(file), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess run;
        run.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-recursive"), QDir(sources).filePath(QStringLiteral("app")),
                            QStringLiteral("-ts"), copy});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        int messages = 0;
        const QStringList problems = problemsIn(copy, &messages);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_translations.moc"
