// A full disk: the data folder lives on a 3 MB tmpfs mounted by the test. A refresh that brings
// more than fits fails with a clear "disk is full" error and loses nothing stored before; once
// there is room again, the same folder refreshes normally.
//
// Mounting needs root, or a user namespace (ctest runs this test under `unshare -rm` for other
// users); where neither is allowed the test says so and skips.
#include "storage/database.h"
#include "storage/datadir.h"
#include "testcli.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace oqy;

class TestDiskFull : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_tmp;
    QString m_mount;
    bool m_mounted = false;

    using Cli = testcli::Result;
    Cli cli(const QStringList &args) { return testcli::run(args, m_mount); }

    // An RSS feed of `items` items from Uralsk, each with `paragraphs` paragraphs of full text.
    static QByteArray feed(const QByteArray &prefix, int items, int paragraphs)
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                         "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                         "<title>Орал жаңалықтары "
            + prefix + "</title><link>https://uralsk.example/</link>";
        for (int i = 0; i < items; ++i) {
            const QByteArray id = prefix + '-' + QByteArray::number(i);
            QByteArray body;
            for (int p = 0; p < paragraphs; ++p)
                body += "<p>В Уральске " + id + " " + QByteArray::number(p)
                    + " коммунальщики заменили трубы на улице Достык, движение открыто. Орал "
                      "қаласында жол жөндеуі аяқталды, тұрғындар риза.</p>";
            xml += "<item><title>Новость Уральска " + id + "</title><guid>" + id
                + "</guid><link>https://uralsk.example/news/" + id
                + "</link><description>Кратко.</description><content:encoded><![CDATA[" + body
                + "]]></content:encoded></item>";
        }
        return xml + "</channel></rss>";
    }

    bool mountTmpfs(const char *size)
    {
        const QByteArray options = QByteArray("size=") + size;
        const unsigned long flags = m_mounted ? MS_REMOUNT : 0;
        if (::mount("tmpfs", m_mount.toLocal8Bit().constData(), "tmpfs", flags, options.constData())
            != 0) {
            qWarning("mount: %s", std::strerror(errno));
            return false;
        }
        m_mounted = true;
        return true;
    }

    QJsonArray list()
    {
        const Cli listed = cli({ QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("10000") });
        if (listed.exit != 0)
            qWarning("%s", listed.err.constData());
        return QJsonDocument::fromJson(listed.out).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_mount = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_mount));
        if (!mountTmpfs("3m"))
            QSKIP("cannot mount a small tmpfs here: run as root or where user namespaces are "
                  "allowed (CI runs it as root)");
        QVERIFY(m_server.start());
        m_server.route(QStringLiteral("/small.xml"),
            TestHttpServer::Response {
                200, { { "Content-Type", "application/rss+xml" } }, feed("s", 8, 3) });
        // About 12 MB of text (and its search index): four times the disk.
        m_server.route(QStringLiteral("/big.xml"),
            TestHttpServer::Response {
                200, { { "Content-Type", "application/rss+xml" } }, feed("b", 600, 80) });
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            ::umount2(m_mount.toLocal8Bit().constData(), MNT_DETACH);
    }

    void fullDiskFailsClearlyAndLosesNothing()
    {
        // What the reader has before the disk fills: eight articles, one bookmarked with a note.
        QCOMPARE(
            cli({ QStringLiteral("add"), m_server.url(QStringLiteral("/small.xml")).toString() })
                .exit,
            0);
        const Cli first = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(first.exit == 0, first.err.constData());
        QJsonArray before = list();
        QCOMPARE(before.size(), 8);
        const QString marked = QString::number(before.at(3)[QLatin1String("id")].toInteger());
        QCOMPARE(cli({ QStringLiteral("bookmark"), marked, QStringLiteral("--note"),
                         QStringLiteral("Достық көшесі") })
                     .exit,
            0);
        before = list();

        // More than the disk holds.
        QCOMPARE(cli({ QStringLiteral("add"), m_server.url(QStringLiteral("/big.xml")).toString() })
                     .exit,
            0);
        const Cli full = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(full.exit != 0, full.out.constData());
        qInfo("%s", full.err.constData());
        QVERIFY2(full.err.contains("disk is full") || full.out.contains("disk is full"),
            (full.out + full.err).constData());

        // Everything from before is there, unchanged, and the file is sound.
        const QJsonArray after = list();
        QJsonArray kept;
        for (const QJsonValue &a : after)
            if (a[QLatin1String("feed")].toInteger()
                == before.at(0)[QLatin1String("feed")].toInteger())
                kept.append(a);
        QCOMPARE(kept, before);
        {
            Database db(DataDir(m_mount).databasePath(), Database::Access::ReadOnly);
            Statement check = db.prepareUncached("PRAGMA integrity_check");
            check.step();
            QCOMPARE(check.text(0), QStringLiteral("ok"));
            Statement note = db.prepareUncached("SELECT note FROM statuses WHERE bookmarked = 1");
            QVERIFY(note.step());
            QCOMPARE(note.text(0), QStringLiteral("Достық көшесі"));
        }

        // Room again: the same folder takes the big feed.
        QVERIFY(mountTmpfs("64m"));
        const Cli again = cli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });
        QVERIFY2(again.exit == 0, again.err.constData());
        QCOMPARE(list().size(), 8 + 600);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_diskfull.moc"
