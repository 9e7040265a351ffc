// The window with a Tiny Tiny RSS account (a stand-in server on loopback,
// tests/support/fakettrss.h): Feeds → Sync account… checks the password with the server, keeps it
// in the keychain, and the first sync brings the account's feed (in its category's folder) and
// articles into the window; a mark made with the keyboard goes up with the next refresh. Needs a
// Secret Service.
#include "accountdialog.h"
#include "articlelistmodel.h"
#include "fakettrss.h"
#include "feedtreemodel.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "engine/session.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "testhttpserver.h"
#include "testkeychain.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace oqy;

class TestAccountSync : public QObject
{
    Q_OBJECT

public:
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void accountFromTheWindow()
    {
        if (const QString missing = testkeychain::missingSecretService(); !missing.isEmpty())
            QSKIP(qPrintable(missing));

        FakeTtrss fake;
        TestHttpServer server;
        server.route(QStringLiteral("/tt-rss/api/"),
            [&fake](const TestHttpServer::Request &r) { return fake.handle(r); });
        QVERIFY(server.start());

        QTemporaryDir dir;
        Session session { DataDir(dir.path()) };
        QSettings settings(dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("network/refreshMinutes"), 0);
        settings.setValue(QStringLiteral("reader/markReadOnSelect"), false);
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The "reader" fills the dialog: first a wrong password (told in the dialog), then the
        // right one.
        QString told;
        int attempts = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled())
                return; // the server is being asked
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().contains(QLatin1String("refused")))
                    told = label->text();
            if (attempts == 1 && told.isEmpty())
                return;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
                if (e->accessibleName() == QLatin1String("Server address"))
                    e->setText(server.url(QStringLiteral("/tt-rss/")).toString());
                if (e->accessibleName() == QLatin1String("User name"))
                    e->setText(QStringLiteral("admin"));
                if (e->accessibleName() == QLatin1String("Password"))
                    e->setText(attempts == 0 ? QStringLiteral("wrong") : fake.password);
            }
            ++attempts;
            ok->click();
        });
        poll.start(50);
        window.addAccount();
        poll.stop();
        QCOMPARE(attempts, 2);
        QVERIFY2(
            told.contains(QLatin1String("refused the user name or password")), qPrintable(told));

        // The first sync: the feed in its folder, both articles, the server's marks.
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->rowCount(), 2, 20000);
        const QModelIndex folder
            = window.feedModel()
                  ->match(window.feedModel()->index(0, 0), Qt::DisplayRole,
                      QStringLiteral("Облыстар"), 1, Qt::MatchStartsWith | Qt::MatchRecursive)
                  .value(0);
        QVERIFY(folder.isValid());
        QVERIFY(window.feedModel()
                    ->index(0, 0, folder)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Ақтөбе жаңалықтары")));
        {
            Database db(DataDir(dir.path()).databasePath(), Database::Access::ReadOnly);
            const QList<Account> accounts = AccountStore(db).all();
            QCOMPARE(accounts.size(), 1);
            Credentials stored;
            QCOMPARE(SecretStore().readBlocking(accounts[0].secretId, &stored), QString());
            QCOMPARE(stored.password, fake.password);
            QVERIFY(accounts[0].lastSync.isValid());
        }

        // Mark the unread one read with the keyboard; the next refresh sends it.
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        window.articleView()->setFocus();
        const int unreadRow = fake.items[0].unread
            ? window.articleModel()->index(0, 0).data().toString() == fake.items[0].title ? 0 : 1
            : -1;
        QVERIFY(unreadRow >= 0);
        window.articleView()->setCurrentIndex(window.articleModel()->index(unreadRow, 0));
        QTest::keyClick(window.articleView(), Qt::Key_M);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.articleModel()->index(unreadRow, 0).data(ArticleListModel::ReadRole).toBool(),
            true, 5000);
        window.refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(fake.items[0].unread, false, 20000);
        QCOMPARE(fake.updates.size(), 1);
    }
};

QTEST_MAIN(TestAccountSync)
#include "test_accountsync.moc"
