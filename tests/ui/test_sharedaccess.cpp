// The window and oqy-cli on one data folder at the same time (a reader with Oqy open runs a cron
// job or a script): both refresh, both bookmark, the CLI lists, round after round. No side meets
// "database is locked" or any other error, and each side's bookmarks are there for the other.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "engine/articlecacher.h"
#include "engine/feedrefresher.h"
#include "engine/session.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/feedstore.h"
#include "storage/storagewriter.h"
#include "testenv.h"
#include "testhttpserver.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace oqy;

namespace {
constexpr int Feeds = 8;
constexpr int Rounds = 6;
} // namespace

class TestSharedAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    int m_generation = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Every request brings 25 new articles with their full text: each refresh, GUI or CLI, writes.
    QByteArray feed(int index)
    {
        const int generation = ++m_generation;
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                         "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                         "<title>Шымкент жаңалықтары "
            + QByteArray::number(index) + "</title>";
        for (int i = 0; i < 25; ++i) {
            const QByteArray id = QByteArray::number(generation) + '-' + QByteArray::number(index)
                + '-' + QByteArray::number(i);
            xml += "<item><title>Шымкентте жаңа саябақ ашылды " + id + "</title><guid>" + id
                + "</guid><link>"
                + m_server.url(QStringLiteral("/news/") + QString::fromLatin1(id)).toEncoded()
                + "</link><content:encoded><![CDATA["
                + QByteArray("<p>В Шымкенте открыли новый парк у реки Бадам, высадили тысячу "
                             "деревьев и проложили велодорожки.</p>")
                      .repeated(12)
                + "]]></content:encoded></item>";
        }
        return xml + "</channel></rss>";
    }

    QProcess *startCli(const QStringList &args)
    {
        auto *process = new QProcess(this);
        process->start(
            testenv::cliPath(), args + QStringList { QStringLiteral("--data-dir"), m_dir.path() });
        return process;
    }

    static void finish(QProcess *process, QStringList *errors)
    {
        if (process->state() != QProcess::NotRunning) {
            QSignalSpy finished(process, &QProcess::finished);
            finished.wait(60'000);
        }
        const QByteArray err = process->readAllStandardError();
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0
            || !err.isEmpty())
            errors->append(process->arguments().join(QLatin1Char(' ')) + QStringLiteral(" → ")
                + QString::number(process->exitCode()) + QStringLiteral(": ")
                + QString::fromUtf8(err));
        process->deleteLater();
    }

public:
    // Before QApplication exists (QTEST_MAIN calls it): WebEngine schemes register that early.
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        for (int f = 0; f < Feeds; ++f)
            m_server.route(
                QStringLiteral("/feed%1.xml").arg(f), [this, f](const TestHttpServer::Request &) {
                    return TestHttpServer::Response { 200,
                        { { "Content-Type", "application/rss+xml" } }, feed(f) };
                });
        {
            Database db = openDatabase(DataDir(m_dir.path()));
            for (int f = 0; f < Feeds; ++f)
                FeedStore(db).add(m_server.url(QStringLiteral("/feed%1.xml").arg(f)).toString());
        }
        // Something to read and bookmark from the first round on.
        QProcess first;
        first.start(testenv::cliPath(),
            { QStringLiteral("refresh"), QStringLiteral("--feeds-only"),
                QStringLiteral("--data-dir"), m_dir.path() });
        QSignalSpy done(&first, &QProcess::finished);
        QVERIFY(done.wait(60'000));
        QCOMPARE(first.exitCode(), 0);
        m_session = std::make_unique<Session>(DataDir(m_dir.path()));
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("network/refreshMinutes"), 0);
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void windowAndCliWorkTogether()
    {
        m_settings->setValue(QStringLiteral("ui/trayIcon"), true);
        m_settings->setValue(
            QStringLiteral("ui/notifyRegions"), QStringList { QStringLiteral("shymkent") });
        m_window->applySettings();
        QStringList errors;
        QSet<qint64> guiMarks;
        QSet<qint64> cliMarks;
        for (int round = 0; round < Rounds; ++round) {
            // Both refresh at once.
            m_window->refreshAll();
            QProcess *refresh
                = startCli({ QStringLiteral("refresh"), QStringLiteral("--feeds-only") });

            // Meanwhile the CLI lists and bookmarks, and the reader bookmarks in the window.
            QProcess *listing = startCli({ QStringLiteral("list"), QStringLiteral("--json"),
                QStringLiteral("--limit"), QStringLiteral("50") });
            QVERIFY(listing->waitForFinished(60'000));
            const QJsonArray listed
                = QJsonDocument::fromJson(listing->readAllStandardOutput()).array();
            finish(listing, &errors);
            if (!listed.isEmpty()) {
                const qint64 id
                    = listed.at(listed.size() - 1 - round)[QLatin1String("id")].toInteger();
                cliMarks.insert(id);
                finish(startCli({ QStringLiteral("bookmark"), QString::number(id) }), &errors);
            }
            ArticleListModel *model = m_window->articleModel();
            if (model->rowCount() > round) {
                m_window->articleView()->setCurrentIndex(model->index(round, 0));
                const qint64 id
                    = model->index(round, 0).data(ArticleListModel::IdRole).toLongLong();
                if (!model->index(round, 0).data(ArticleListModel::BookmarkedRole).toBool()
                    && !cliMarks.contains(id)) {
                    m_window->toggleBookmark();
                    guiMarks.insert(id);
                }
            }

            finish(refresh, &errors);
            QTRY_VERIFY_WITH_TIMEOUT(
                !m_session->refresh().isRunning(), 60'000);
            // The reader asked to hear about Shymkent in the first rounds, about Pavlodar after:
            // new Shymkent articles came each time, Pavlodar ones never.
            if (round < 2) {
                QVERIFY2(m_window->lastNotification().contains(
                             QStringLiteral("new article(s) in Shymkent")),
                    qPrintable(m_window->lastNotification()));
                QVERIFY(
                    m_window->lastNotification().contains(QStringLiteral("Шымкентте жаңа саябақ")));
            } else {
                QCOMPARE(m_window->lastNotification(), QString());
            }
            if (round == 1) {
                m_settings->setValue(
                    QStringLiteral("ui/notifyRegions"), QStringList { QStringLiteral("pavlodar") });
                m_window->applySettings();
            }
        }
        m_session->writer().waitForIdle();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // No feed recorded an error, and every bookmark from either side is in the database.
        Database db(DataDir(m_dir.path()).databasePath(), Database::Access::ReadOnly);
        for (const Feed &f : FeedStore(db).all())
            QVERIFY2(f.lastError.isEmpty(), qPrintable(f.url + QStringLiteral(": ") + f.lastError));
        QVERIFY(guiMarks.size() >= Rounds - 2);
        QCOMPARE(cliMarks.size(), Rounds);
        for (const qint64 id : guiMarks + cliMarks)
            QVERIFY2(ArticleStore(db).status(id).bookmarked, qPrintable(QString::number(id)));
        Statement count = db.prepareUncached("SELECT count(*) FROM articles");
        count.step();
        // Every refresh of either side (and the first one) stored its 25 new articles per feed.
        QCOMPARE(count.integer(0), (2 * Rounds + 1) * Feeds * 25);
    }
};

QTEST_MAIN(TestSharedAccess)
#include "test_sharedaccess.moc"
