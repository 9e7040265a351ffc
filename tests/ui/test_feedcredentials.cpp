// The window meets a feed behind a login: the refresh gets 401, the reader is asked once for a
// user name and password, they go to the system keychain (never to the data folder), and the feed
// is refreshed again at once and its article listed. Needs a Secret Service (tools/dev.sh test).
#include "articlelistmodel.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "engine/feedrefresher.h"
#include "secrets/secretstore.h"
#include "engine/session.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/feedstore.h"
#include "testhttpserver.h"
#include "testkeychain.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace oqy;

namespace {
const QByteArray Password = "Жабық-есік-2026";
}

class TestFeedCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;

public:
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void askedOnceThenRefreshed()
    {
        if (const QString missing = testkeychain::missingSecretService(); !missing.isEmpty())
            QSKIP(qPrintable(missing));

        QVERIFY(m_server.start());
        int asked = 0;
        m_server.route(QStringLiteral("/paid.xml"), [](const TestHttpServer::Request &request) {
            if (request.headers.value("authorization")
                != "Basic " + ("reader:" + Password).toBase64())
                return TestHttpServer::Response { 401,
                    { { "WWW-Authenticate", "Basic realm=\"paid\"" } }, {} };
            return TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } },
                "<rss version=\"2.0\"><channel><title>Көкшетау+</title><item><title>Көкшетауда "
                "жаңа мектеп</title><guid>k1</guid><description>Жазылушыларға.</description></item>"
                "</channel></rss>" };
        });
        qint64 feedId = 0;
        {
            Database db = openDatabase(DataDir(m_dir.path()));
            feedId = FeedStore(db).add(m_server.url(QStringLiteral("/paid.xml")).toString());
        }
        Session session { DataDir(m_dir.path()) };
        QSettings settings(m_dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("network/refreshMinutes"), 0);
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The dialog, filled in by the "reader" when it appears.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&asked] {
            auto *dialog = qobject_cast<CredentialsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++asked;
            const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
            for (QLineEdit *e : edits) {
                if (e->accessibleName() == QLatin1String("User name"))
                    e->setText(QStringLiteral("reader"));
                if (e->accessibleName() == QLatin1String("Password"))
                    e->setText(QString::fromUtf8(Password));
            }
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        poll.start(100);
        window.refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->rowCount(), 1, 20000);
        QCOMPARE(asked, 1);
        QCOMPARE(window.articleModel()->index(0, 0).data().toString(),
            QStringLiteral("Көкшетауда жаңа мектеп"));
        {
            Database db(DataDir(m_dir.path()).databasePath(), Database::Access::ReadOnly);
            const QString secretId = FeedStore(db).byId(feedId)->secretId;
            QVERIFY(!secretId.isEmpty());
            Credentials stored;
            QCOMPARE(SecretStore().readBlocking(secretId, &stored), QString());
            QCOMPARE(stored.password, QString::fromUtf8(Password));
        }
        // The proxy's password: into the keychain and the network's memory, not into the settings.
        settings.setValue(QStringLiteral("network/proxy"), QStringLiteral("manual"));
        settings.setValue(QStringLiteral("network/proxyHost"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("network/proxyPort"), 3999);
        window.setProxyCredentials(
            { QStringLiteral("proxy-user"), QString::fromUtf8(Password), {}, {} });
        QTRY_COMPARE_WITH_TIMEOUT(
            session.network().proxy().password(), QString::fromUtf8(Password), 10000);
        QCOMPARE(session.network().proxy().user(), QStringLiteral("proxy-user"));
        QCOMPARE(session.network().proxy().hostName(), QStringLiteral("127.0.0.1"));
        QVERIFY(settings.value(QStringLiteral("network/proxyHasSecret")).toBool());
        settings.sync();
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(Password), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestFeedCredentials)
#include "test_feedcredentials.moc"
