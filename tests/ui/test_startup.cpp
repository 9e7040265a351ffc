// Starting oqy as a person or a script does: --help and --version answer without a display and in
// the reader's language; a second start on the same data folder brings the first window forward
// instead of opening a second one on the same database.
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT

    static QString gui() { return QString::fromLocal8Bit(qgetenv("OQY_GUI")); }

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(gui()))
            QSKIP("OQY_GUI does not name the oqy executable");
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcess version;
        version.setProcessEnvironment(withoutDisplay());
        version.start(gui(), { QStringLiteral("--version") });
        QVERIFY(version.waitForFinished(30000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY2(version.readAllStandardOutput().startsWith("oqy "),
            version.readAllStandardError().constData());

        // The reader chose Kazakh: the help is in Kazakh, Qt's part of it too.
        QTemporaryDir dir;
        QSettings(QDir(dir.path()).filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat)
            .setValue(QStringLiteral("ui/language"), QStringLiteral("kk"));
        QProcess help;
        help.setProcessEnvironment(withoutDisplay());
        help.start(gui(), { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--help") });
        QVERIFY(help.waitForFinished(30000));
        QCOMPARE(help.exitCode(), 0);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Опциялар:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("--data-dir")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Options:")), qPrintable(text));
    }

    void aSecondStartBringsTheFirstForward()
    {
        QTemporaryDir dir;
        QSettings(QDir(dir.path()).filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat)
            .setValue(QStringLiteral("firstRun/outletsOffered"), true);
        QProcess first;
        first.setProcessChannelMode(QProcess::SeparateChannels);
        first.start(gui(), { QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(first.waitForStarted());
        // Up when its lock is taken and it answers: a second start until it does, at most 60 s.
        QProcess second;
        QElapsedTimer clock;
        clock.start();
        QByteArray said;
        while (clock.elapsed() < 60'000 && !said.contains("brought this window forward")) {
            QTest::qWait(300);
            if (!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("oqy.lock"))))
                continue;
            second.start(gui(), { QStringLiteral("--data-dir"), dir.path() });
            QVERIFY(second.waitForFinished(30000));
            QCOMPARE(second.exitCode(), 0); // it ended: no second window on the same folder
            QTest::qWait(300);
            said += first.readAllStandardError();
        }
        QVERIFY2(said.contains("brought this window forward"), said.constData());
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        if (!first.waitForFinished(10000))
            first.kill();
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "test_startup.moc"
