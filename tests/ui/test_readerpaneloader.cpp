// The reader pane comes from the oqyreader library, loaded at run time the way the app loads it
// (this test does not link it). A missing library is said plainly; a present one gives a working
// pane.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "readerpane.h"
#include "readerpaneloader.h"
#include "engine/session.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/feedstore.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWidget>

using namespace oqy;

class TestReaderPaneLoader : public QObject
{
    Q_OBJECT
public:
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void missingLibraryIsSaidPlainly()
    {
        const QByteArray real = qgetenv("OQY_READER_DIR");
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        qputenv("OQY_READER_DIR", QFile::encodeName(empty.path()));
        QWidget window;
        QString error;
        ReaderPane *pane = makeReaderPane(empty.filePath(QStringLiteral("oqy.sqlite")),
            empty.filePath(QStringLiteral("images")), &window, &error);
        qputenv("OQY_READER_DIR", real);
        QCOMPARE(pane, nullptr);
        QVERIFY2(error.contains(QStringLiteral("liboqyreader.so")), qPrintable(error));
        QVERIFY2(error.contains(empty.path()), qPrintable(error));
    }

    void windowWithoutTheLibraryStillReads()
    {
        // A broken installation: the pane's library is nowhere. The window says so where the
        // article would be, and selecting an article still marks it read.
        QTemporaryDir empty;
        QTemporaryDir data;
        QVERIFY(empty.isValid() && data.isValid());
        const QByteArray real = qgetenv("OQY_READER_DIR");
        qputenv("OQY_READER_DIR", QFile::encodeName(empty.path()));
        qint64 id = 0;
        {
            Database db = openDatabase(DataDir(data.path()));
            Article a;
            a.guid = QStringLiteral("ural-1");
            a.url = QStringLiteral("https://uralskweek.kz/news/1");
            a.title = QStringLiteral("В Уральске открыли новый мост через Чаган");
            a.text = QStringLiteral("Мост строили два года.");
            a.html = QStringLiteral("<p>Мост строили два года.</p>");
            a.published = QDateTime::currentDateTimeUtc();
            id = ArticleStore(db)
                     .saveFromFeed(FeedStore(db).add(QStringLiteral("http://127.0.0.1/rss")), { a })
                     .newIds.value(0);
        }
        QVERIFY(id > 0);
        Session session { DataDir(data.path()) };
        QSettings settings(data.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("network/refreshMinutes"), 0);
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.articleModel()->rowCount(), 1);
        window.articleView()->setCurrentIndex(window.articleModel()->index(0, 0));
        qputenv("OQY_READER_DIR", real);
        QVERIFY(!window.hasReaderView());
        auto *slot = window.findChild<QLabel *>(QStringLiteral("readerSlot"));
        QVERIFY(slot);
        QVERIFY2(
            slot->text().contains(QStringLiteral("liboqyreader.so")), qPrintable(slot->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Database db(DataDir(data.path()).databasePath(), Database::Access::ReadOnly);
                return ArticleStore(db).status(id).read;
            }(),
            5000);
    }

    void loadsTheReaderPane()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OQY_READER_DIR"),
            "run through ctest: OQY_READER_DIR names the build's oqyreader folder");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QWidget window;
        QString error;
        ReaderPane *pane = makeReaderPane(data.filePath(QStringLiteral("oqy.sqlite")),
            data.filePath(QStringLiteral("images")), &window, &error);
        QVERIFY2(pane, qPrintable(error));
        QCOMPARE(pane->widget()->parentWidget(), &window);
        QCOMPARE(pane->articleId(), 0);
        pane->showMessage(QStringLiteral("Мақала жоқ"));
        QVERIFY(!pane->scrollDown()); // a message, not an article: nothing to page through
        ArticleRenderer::Style style = pane->articleStyle();
        style.fontSize += 2;
        pane->setArticleStyle(style);
        QCOMPARE(pane->articleStyle().fontSize, style.fontSize);
    }
};

QTEST_MAIN(TestReaderPaneLoader)
#include "test_readerpaneloader.moc"
