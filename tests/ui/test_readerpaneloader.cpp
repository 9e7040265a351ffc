// The reader pane comes from the oqyreader library, loaded at run time the way the app loads it
// (this test does not link it). A missing library is said plainly; a present one gives a working
// pane.
#include "readerpane.h"
#include "readerpaneloader.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
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

    void loadsTheReaderPane()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("OQY_READER_DIR"),
            "run through ctest: OQY_READER_DIR names the build's oqyreader folder");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QWidget window;
        webengine::ensureGraphics();
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
