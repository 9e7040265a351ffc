// A reader's first session, the way a person goes through it, from an empty data folder: the
// outlet picker at first start, Feeds → Add feed… with the address of a quiet outlet whose items
// are months old, reading an article, quitting, starting again. Nothing stored is lost (retention
// counts from receipt), the tree is filled with its counts at the restart, and the article opens
// with its photo from the cache — in Russian and in Kazakh.
#include "addfeeddialog.h"
#include "articlelistmodel.h"
#include "cacheschemehandler.h"
#include "engine/refresh.h"
#include "engine/session.h"
#include "feedtreemodel.h"
#include "mainwindow.h"
#include "outletpickerdialog.h"
#include "readerview.h"
#include "storage/storagewriter.h"
#include "testenv.h"
#include "testhttpserver.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QImage>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QWebEnginePage>

using namespace oqy;

namespace {

QByteArray png(int shade)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(QColor(shade, 120, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString pageText(QWebEnginePage *page)
{
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return text;
}

} // namespace

class TestFirstSession : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QList<QTranslator *> m_translators;

    void useLanguage(const QString &language)
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        QLocale::setDefault(QLocale(language));
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(QStringLiteral(":/i18n/qt_") + language))
            QApplication::installTranslator(qt);
        auto *oqy = new QTranslator;
        QVERIFY(oqy->load(QStringLiteral(":/i18n/oqy_") + language));
        QApplication::installTranslator(oqy);
        m_translators = { qt, oqy };
    }

    // Runs `act` on the modal dialog of type T once it is up.
    template<class T> void whenShown(std::function<void(T *)> act)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [poll, act] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
            }
        });
        poll->start();
    }

    static ReaderView *reader(MainWindow &window)
    {
        ReaderPane *pane = window.readerView();
        return pane ? qobject_cast<ReaderView *>(pane->widget()) : nullptr;
    }

    void openFirstArticle(MainWindow &window)
    {
        window.articleView()->setFocus();
        window.articleView()->setCurrentIndex(window.articleModel()->index(0, 0));
        window.articleView()->selectionModel()->select(window.articleModel()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ReaderView *view = reader(window);
        QVERIFY(view);
        QString text;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (text = pageText(view->page())).contains(QStringLiteral("ремонт дорог и дворов")),
            qPrintable(text), 30000);
        QVERIFY2(text.contains(QStringLiteral("Фото: пресс-служба акимата")), qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(view->schemeHandler()->servedImages() >= 1, 10000);
    }

public:
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QString base = m_server.url(QStringLiteral("/")).toString();
        // A quiet outlet: its three items were published half a year ago and more.
        QByteArray rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                         "<title>Павлодар сегодня</title><link>"
            + base.toUtf8() + "</link>";
        for (int i = 0; i < 3; ++i) {
            const QByteArray link = base.toUtf8() + "a" + QByteArray::number(i) + ".html";
            rss += "<item><title>Новость " + QByteArray::number(i + 1)
                + ": в Павлодаре обсудили ремонт дорог</title><link>" + link + "</link><guid>"
                + link + "</guid><pubDate>"
                + QDateTime::currentDateTimeUtc().addDays(-200 - 100 * i).toString(Qt::RFC2822Date).toUtf8()
                + "</pubDate><description>Коротко.</description></item>";
            m_server.route(QStringLiteral("/a%1.html").arg(i),
                TestHttpServer::Response { 200, { { "Content-Type", "text/html; charset=utf-8" } },
                    "<!DOCTYPE html><html lang=ru><head><meta charset=utf-8><title>Новость</title>"
                    "</head><body><article><h1>Новость "
                        + QByteArray::number(i + 1) + ": в Павлодаре обсудили ремонт дорог</h1>"
                        "<p><img src=\"" + base.toUtf8() + "p" + QByteArray::number(i)
                        + ".png\" alt=\"\"></p><p>Фото: пресс-служба акимата</p>"
                        + QByteArray("<p>На заседании акимата Павлодара обсудили ремонт дорог и "
                                     "дворов. Работы начнутся весной и закончатся до осени.</p>")
                              .repeated(5)
                        + "</article></body></html>" });
            m_server.route(QStringLiteral("/p%1.png").arg(i),
                TestHttpServer::Response { 200, { { "Content-Type", "image/png" } }, png(40 * i) });
        }
        m_server.route(QStringLiteral("/rss.xml"),
            TestHttpServer::Response { 200, { { "Content-Type", "application/rss+xml" } }, rss });
    }

    void aFirstSessionAndARestart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("kk") << QStringLiteral("kk");
    }
    void aFirstSessionAndARestart()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        QSettings settings(QDir(dir.path()).filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        const DataDir dataDir(dir.path());
        {
            Session session(dataDir);
            MainWindow window(session, settings);
            window.setReaderIdleDelay(std::chrono::minutes(30));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            // First start: the outlet picker; the reader skips it.
            bool picked = false;
            whenShown<OutletPickerDialog>([&](OutletPickerDialog *picker) {
                picked = true;
                picker->reject();
            });
            window.addOutlets(true);
            QVERIFY(picked);

            // Feeds → Add feed…: the address typed, OK; the dialog finds the feed and closes.
            QSignalSpy refreshed(&session.refresh(), &Refresh::finished);
            whenShown<AddFeedDialog>([this](AddFeedDialog *add) {
                add->findChild<QLineEdit *>()->setText(m_server.url(QStringLiteral("/rss.xml")).toString());
                add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            window.addFeed();
            QVERIFY(refreshed.wait(60000) || !refreshed.isEmpty());
            session.writer().waitForIdle();
            // Months old, but new to this reader: all three stay, pages and photos saved.
            QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->rowCount(), 3, 10000);
            const RefreshReport report = refreshed.first().first().value<RefreshReport>();
            QCOMPARE(report.removedArticles, 0);
            QCOMPARE(report.offline.pages, 3);
            QCOMPARE(report.offline.images, 3);
            openFirstArticle(window);
            window.close();
        }

        // Start again.
        Session session(dataDir);
        MainWindow window(session, settings);
        window.setReaderIdleDelay(std::chrono::minutes(30));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.articleModel()->rowCount(), 3);
        QTreeView *tree = window.feedView();
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            QVERIFY(tree->visualRect(tree->model()->index(row, 0)).height() > 0);
        const QString unread
            = window.feedModel()->indexForView(FeedTreeModel::View::Unread).data().toString();
        QVERIFY2(unread.endsWith(QStringLiteral("(2)")), qPrintable(unread)); // one was read
        QVERIFY(!unread.contains(QStringLiteral("Unread")));
        openFirstArticle(window);
    }
};

QTEST_MAIN(TestFirstSession)
#include "test_firstsession.moc"
