#include "accountdialog.h"
#include "addfeeddialog.h"
#include "articlelistmodel.h"
#include "cacheschemehandler.h"
#include "credentialsdialog.h"
#include "extract/articleextractor.h"
#include "feeds/feedarticles.h"
#include "feeds/feedparser.h"
#include "feedtreemodel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "regionfilterbutton.h"
#include "requestinterceptor.h"
#include "engine/session.h"
#include "settingsdialog.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/feedstore.h"
#include "storage/imagestore.h"
#include "testenv.h"
#include "testhttpserver.h"
#include "webenginestartup.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QWebEnginePage>

using namespace oqy;

// The real window, offscreen: articles stored earlier are listed, read with the keyboard, shown in
// the reader pane from the database (with the cached photo and without a single network request),
// bookmarked, filtered by region and searched.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server; // the address the article's remote images point to; must stay silent
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // The window's reader pane as what it is here (this test links oqyreader).
    ReaderView *reader() const
    {
        ReaderPane *pane = m_window->readerView();
        return pane ? qobject_cast<ReaderView *>(pane->widget()) : nullptr;
    }

    static QString pageHtml(ReaderView *view)
    {
        QString html;
        bool done = false;
        view->page()->toHtml([&](const QString &h) {
            html = h;
            done = true;
        });
        QDeadlineTimer deadline(10000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(20);
        return html;
    }

    static QString pagePlainText(ReaderView *view)
    {
        QString text;
        bool done = false;
        view->page()->toPlainText([&](const QString &t) {
            text = t;
            done = true;
        });
        QDeadlineTimer deadline(10000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(20);
        return text;
    }

    void populate()
    {
        Database db = openDatabase(DataDir(m_dir.path()));
        QFile file(testenv::fixture(QStringLiteral("feeds/regional-ru.rss")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QUrl url(QStringLiteral("http://127.0.0.1/saryarka/rss"));
        feeds::FeedContext context;
        context.url = url;
        auto items = feeds::articlesFromFeed(feeds::parseFeed(file.readAll(), context), url);
        // The second article carries remote images, a tracker and a script: none may be fetched.
        const QString remote = m_server.url(QStringLiteral("/tracker.gif")).toString();
        items.articles[1].html
            = QStringLiteral("<p>Котельные Жезказгана готовы к зиме.</p><img src=\"%1\">"
                             "<img src=\"%2\"><script>document.write('x')</script>")
                  .arg(remote, m_server.url(QStringLiteral("/photo.jpg")).toString());
        const qint64 feed = FeedStore(db).add(url.toString());
        FeedStore(db).recordSuccess(
            feed, items.title, items.siteUrl, {}, QDateTime::currentDateTimeUtc());
        const auto ids = ArticleStore(db).saveFromFeed(feed, items.articles).newIds;
        QCOMPARE(ids.size(), 3);
        db.exec("INSERT INTO article_regions (article_id, region, published, evidence) "
                "SELECT id, 'karaganda', published, '[\"Нуринском районе\"]' FROM articles WHERE "
                "id = 1");
        // The first article's photo is in the image cache.
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(Qt::red);
        QDir(DataDir(m_dir.path()).imagesPath()).mkpath(QStringLiteral("ab"));
        const QString sha = QStringLiteral("ab") + QString(62, QLatin1Char('0'));
        QVERIFY(photo.save(
            QDir(DataDir(m_dir.path()).imagesPath()).filePath(ImageStore::relativePath(sha)),
            "PNG"));
        Statement image = db.prepareUncached(
            "INSERT INTO images (url, sha256, mime, bytes, state) VALUES (?1, ?2, 'image/png', "
            "100, 'stored') "
            "ON CONFLICT (url) DO UPDATE SET sha256 = excluded.sha256, mime = excluded.mime, "
            "bytes = excluded.bytes, state = excluded.state");
        image.bind(1, items.articles[0].leadImage.url).bind(2, sha).exec();
    }

    qint64 currentId() const
    {
        return m_window->articleView()->currentIndex().data(ArticleListModel::IdRole).toLongLong();
    }

    static int colours(const QImage &shot)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                seen.insert(shot.pixel(x, y));
        return int(seen.size());
    }

    static double meanLightness(const QImage &shot)
    {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < shot.height(); y += 5)
            for (int x = 0; x < shot.width(); x += 5, ++n)
                sum += QColor(shot.pixel(x, y)).lightness();
        return n ? sum / n : 0;
    }

    std::unique_ptr<Database> m_writerDb()
    {
        return std::make_unique<Database>(DataDir(m_dir.path()).databasePath());
    }

    ArticleStatus statusOf(qint64 id)
    {
        Database db(DataDir(m_dir.path()).databasePath(), Database::Access::ReadOnly);
        return ArticleStore(db).status(id);
    }

public:
    // Before QApplication exists (QTEST_MAIN calls it): WebEngine schemes register that early.
    static void initMain() { webengine::prepareBeforeApplication(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        populate();
        m_session = std::make_unique<Session>(DataDir(m_dir.path()));
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("oqy.ini")), QSettings::IniFormat);
        // The test drives every refresh itself: no automatic one may race it.
        m_settings->setValue(QStringLiteral("network/refreshMinutes"), 0);
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        // The first article makes the reader pane here (readsWithKeyboard); the pane made after
        // two quiet seconds has a window of its own (preparesTheReaderPaneWhenLeftAlone).
        m_window->setReaderIdleDelay(std::chrono::minutes(30));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Xvfb has no window manager to activate the window, and shortcuts need an active window.
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The reader pane (Chromium) is not made while the window comes up.
        QVERIFY(!m_window->hasReaderView());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void listsStoredArticles()
    {
        QCOMPARE(m_window->articleModel()->rowCount(), 3);
        QCOMPARE(m_window->articleModel()->index(0, 0).data().toString(),
            QStringLiteral("В Нуринском районе открыли новую школу на 600 мест"));
    }

    void treeIsFilledAtStart()
    {
        // Stored articles at start: every row of the left tree has its height and the counts are
        // there before anything is refreshed (a stale layout showed a blank tree until `r`).
        QTreeView *tree = m_window->feedView();
        const QAbstractItemModel *model = tree->model();
        QVERIFY(model->rowCount() >= 6);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QRect rect = tree->visualRect(model->index(row, 0));
            QVERIFY2(rect.height() >= tree->fontMetrics().height(),
                qPrintable(model->index(row, 0).data().toString()));
            QVERIFY(tree->viewport()->rect().intersects(rect));
        }
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Unread (3)"));
        const QImage shot = tree->viewport()->grab().toImage();
        QVERIFY(colours(shot.copy(0, 0, shot.width(), 120)) > 3);
    }

    void firstStartBacksUpTheSubscriptions()
    {
        // No backup existed: the first start writes one (on the writer thread, the window does
        // not wait for it), so a damaged database can give the subscriptions back.
        QFile backup(QDir(DataDir(m_dir.path()).backupsPath())
                         .filePath(QStringLiteral("subscriptions.json")));
        QTRY_VERIFY_WITH_TIMEOUT(backup.exists(), 10000);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QJsonArray feeds
            = QJsonDocument::fromJson(backup.readAll())[QLatin1String("feeds")].toArray();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds[0][QLatin1String("url")].toString(),
            QStringLiteral("http://127.0.0.1/saryarka/rss"));
    }

    void readsWithKeyboard()
    {
        m_window->articleView()->setFocus();
        // The first article makes the reader pane, in the same native window (not destroyed and
        // re-created for the web view's OpenGL composition), and the keyboard stays with the list.
        QVERIFY(!m_window->hasReaderView());
        const WId window = m_window->winId();
        QTest::keyClick(m_window->windowHandle(), Qt::Key_J);
        QCOMPARE(m_window->articleView()->currentIndex().row(), 0);
        QVERIFY(m_window->hasReaderView());
        QCOMPARE(m_window->winId(), window);
        QCOMPARE(QApplication::focusWidget(), m_window->articleView());
        QString text;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (text = pagePlainText(reader()))
                .contains(QStringLiteral("Строительство заняло полтора года")),
            qPrintable(text), 30000);
        QSignalSpy loaded(reader(), &ReaderView::shown);
        QVERIFY(text.contains(QStringLiteral("Фото: Акимат Карагандинской области")));
        QVERIFY(text.contains(QStringLiteral("Вести Сарыарки")));
        // The lead photo came from the cache.
        QTRY_VERIFY_WITH_TIMEOUT(reader()->schemeHandler()->servedImages() >= 1, 10000);
        // Reading it marked it read, through the writer thread.
        const qint64 first = currentId();
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(first).read, 10000);

        loaded.clear();
        QTest::keyClick(m_window->articleView(), Qt::Key_J);
        QCOMPARE(m_window->articleView()->currentIndex().row(), 1);
        QVERIFY(loaded.wait(30000) || loaded.count() > 0);
        QVERIFY(pagePlainText(reader()).contains(QStringLiteral("Котельные Жезказгана")));
        QTest::keyClick(m_window->articleView(), Qt::Key_K);
        QCOMPARE(m_window->articleView()->currentIndex().row(), 0);
    }

    void readerPaneMakesNoNetworkRequest()
    {
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(1, 0));
        QTest::qWait(1500);
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(reader()->schemeHandler()->placeholders() >= 1);
    }

    void bookmarksWithKeyboard()
    {
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(2, 0));
        const qint64 id = currentId();
        QTest::keyClick(m_window->articleView(), Qt::Key_B);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(id).bookmarked, 10000);
        QVERIFY(
            m_window->articleModel()->index(2, 0).data(ArticleListModel::BookmarkedRole).toBool());
        QTest::keyClick(m_window->articleView(), Qt::Key_B);
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(id).bookmarked, 10000);
    }

    // n goes to the next unread article; Shift+M marks the whole view read, Ctrl+Z undoes it.
    void nextUnreadAndMarkAllReadWithUndo()
    {
        QList<qint64> ids;
        for (int row = 0; row < 3; ++row)
            ids.append(m_window->articleModel()
                           ->index(row, 0)
                           .data(ArticleListModel::IdRole)
                           .toLongLong());
        {
            auto db = m_writerDb();
            ArticleStore(*db).setRead(ids, true);
            ArticleStore(*db).setRead({ ids[2] }, false);
        }
        for (qint64 id : ids)
            m_window->articleModel()->refreshArticle(id);
        m_settings->setValue(QStringLiteral("reader/markReadOnSelect"), false);
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(0, 0));
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window->articleView(), Qt::Key_N);
        QCOMPARE(currentId(), ids[2]);

        // On the last row, n goes round to the unread ones above, and says nothing stale.
        {
            auto db = m_writerDb();
            ArticleStore(*db).setRead({ ids[0] }, false);
        }
        m_window->articleModel()->refreshArticle(ids[0]);
        QTest::keyClick(m_window->articleView(), Qt::Key_N);
        QCOMPARE(currentId(), ids[0]);
        QVERIFY(m_window->statusBar()->findChild<QLabel *>()->text().isEmpty());
        {
            auto db = m_writerDb();
            ArticleStore(*db).setRead(ids, true);
        }
        for (qint64 id : ids)
            m_window->articleModel()->refreshArticle(id);
        QTest::keyClick(m_window->articleView(), Qt::Key_N);
        QCOMPARE(currentId(), ids[0]); // nothing unread anywhere: it stays, and says so
        QVERIFY(!m_window->statusBar()->findChild<QLabel *>()->text().isEmpty());

        {
            auto db = m_writerDb();
            ArticleStore(*db).setRead(ids, false);
        }
        for (qint64 id : ids)
            m_window->articleModel()->refreshArticle(id);
        QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusOf(ids[0]).read && statusOf(ids[1]).read && statusOf(ids[2]).read, 10000);
        QTest::keyClick(m_window->articleView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !statusOf(ids[0]).read && !statusOf(ids[1]).read && !statusOf(ids[2]).read, 10000);
        QVERIFY(!m_window->articleModel()->index(0, 0).data(ArticleListModel::ReadRole).toBool());
        m_settings->setValue(QStringLiteral("reader/markReadOnSelect"), true);
    }

    // Shift+B asks for a note, keeps it with the bookmark and shows it above the article.
    void keepsANoteWithTheBookmark()
    {
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(1, 0));
        m_window->articleView()->setFocus();
        const qint64 id = currentId();
        const QString note = QStringLiteral("Жезқазған — әжеге көрсету");
        QTimer::singleShot(300, [note] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(note);
            dialog->accept();
        });
        QTest::keyClick(m_window->articleView(), Qt::Key_B, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id).note, note, 10000);
        QVERIFY(statusOf(id).bookmarked);
        QTRY_VERIFY_WITH_TIMEOUT(pagePlainText(reader()).contains(note), 10000);
        // Unbookmarking drops the note with the bookmark.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window->articleView(), Qt::Key_B);
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(id).bookmarked, 10000);
        QCOMPARE(statusOf(id).note, QString());
    }

    // Nothing selected, nothing to bookmark: the toolbar's bookmark is not left checked.
    void theBookmarkActionFollowsTheSelection()
    {
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(0, 0));
        m_window->articleView()->selectionModel()->select(m_window->articleModel()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QAction *bookmark = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QLatin1String("&Bookmark"))
                bookmark = a;
        QVERIFY(bookmark);
        if (!bookmark->isChecked())
            m_window->toggleBookmark();
        QVERIFY(bookmark->isChecked());
        auto *tree = m_window->feedModel();
        m_window->feedView()->setCurrentIndex(tree->indexForView(FeedTreeModel::View::Today));
        QVERIFY(!bookmark->isChecked());
        QVERIFY(!bookmark->isEnabled());
        m_window->feedView()->setCurrentIndex(tree->indexForView(FeedTreeModel::View::All));
        m_window->articleView()->selectionModel()->select(m_window->articleModel()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_window->toggleBookmark(); // as it was
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(currentId()).bookmarked, 10000);
    }

    void filtersByRegionAndSearch()
    {
        RegionFilterButton *regions = m_window->regionFilter();
        regions->setSelectedRegions({ QStringLiteral("karaganda") });
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
        regions->setSelectedRegions({});
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 3);
        // The tree groups the articles by region too.
        auto *tree = qobject_cast<FeedTreeModel *>(m_window->feedView()->model());
        QVERIFY(tree);
        m_window->feedView()->setCurrentIndex(tree->indexForRegion(QStringLiteral("karaganda")));
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
        // One region filter, shown in both places: the tree's region is the toolbar's.
        QCOMPARE(regions->selectedRegions(), QStringList { QStringLiteral("karaganda") });
        // Another region ticked in the toolbar moves the tree with it, instead of the two
        // combining silently into an empty list.
        regions->setSelectedRegions({ QStringLiteral("karaganda"), QStringLiteral("pavlodar") });
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
        QCOMPARE(m_window->feedView()->currentIndex(), tree->indexForView(FeedTreeModel::View::All));
        regions->setSelectedRegions({ QStringLiteral("karaganda") });
        m_window->feedView()->setCurrentIndex(tree->indexForRegion(QStringLiteral("karaganda")));
        // Leaving the tree's region leaves its filter.
        m_window->feedView()->setCurrentIndex(tree->indexForView(FeedTreeModel::View::All));
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 3);
        QVERIFY(regions->selectedRegions().isEmpty());
        m_window->searchBox()->setText(QStringLiteral("Темиртау")); // QTest types Latin-1 only
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
        // The row shows the passage that matched, the word marked, on a second line.
        const QModelIndex found = m_window->articleModel()->index(0, 0);
        const QString snippet = found.data(ArticleListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QLatin1Char('[')), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("Темиртау")), qPrintable(snippet));
        QVERIFY(m_window->articleView()->sizeHintForRow(0)
            > QFontMetrics(m_window->articleView()->font()).height() * 3 / 2);
        QVERIFY(m_window->grab().toImage().save(
            QDir::current().filePath(QStringLiteral("mainwindow-search.png"))));
        m_window->searchBox()->clear();
        QTRY_COMPARE(m_window->articleModel()->rowCount(), 3);
    }

    // A Tengrinews-style page, extracted and shown: the photo credit under the lead photo, the
    // president's words set apart as a quote (once, where they stand in the text), no boilerplate.
    void showsAnExtractedRegionalArticle()
    {
        const QString folder = testenv::fixture(QStringLiteral("extract/tengri-style-ru"));
        QFile page(folder + QStringLiteral("/page.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        ArticleExtractor extractor;
        const QUrl url(QStringLiteral(
            "https://tengrinews.kz/kazakhstan_news/"
            "prezident-poruchil-zavershit-podgotovku-k-otopitelnomu-sezonu-581204/"));
        const ExtractedArticle extracted = extractor.extract(page.readAll(), url);
        StoredArticle stored;
        stored.article.url = url.toString();
        stored.article.title = extracted.title;
        stored.article.author = extracted.byline;
        stored.article.published = extracted.published;
        stored.article.html = extracted.html;
        stored.article.text = extracted.text;
        stored.article.leadImage = extracted.leadImage;
        stored.article.pullQuotes = extracted.pullQuotes;
        stored.feedTitle = QStringLiteral("Tengrinews.kz");
        stored.bodySource = QStringLiteral("page");
        stored.complete = extracted.complete;

        QSignalSpy loaded(reader(), &ReaderView::shown);
        reader()->showArticle(stored);
        QVERIFY(loaded.wait(30000) || loaded.count() > 0);
        // Under load the previous page can still answer the first query: wait for this article.
        QString text;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (text = pagePlainText(reader())).contains(QStringLiteral("Фото: Акорда")),
            qPrintable(text), 20000);
        const QString quote
            = QStringLiteral("Ни один населённый пункт не должен остаться без тепла");
        QCOMPARE(text.count(quote), 1);
        QVERIFY(!text.contains(QStringLiteral("Читайте также")));
        QVERIFY(!text.contains(QStringLiteral("Extraction may be incomplete")));
        const QString html = pageHtml(reader());
        const qsizetype blockquote = html.indexOf(QLatin1String("<blockquote"));
        QVERIFY(blockquote > 0);
        QVERIFY(html.indexOf(quote, blockquote) > blockquote);
        QVERIFY(html.contains(QLatin1String("class=\"oqy-credit\"")));
        // Who said it stands with the quote, in its box, not as a loose paragraph after it.
        const qsizetype quoteEnd = html.indexOf(QLatin1String("</blockquote>"), blockquote);
        const qsizetype said = html.indexOf(QStringLiteral("сказал Президент"));
        QVERIFY2(said > blockquote && said < quoteEnd, qPrintable(html.mid(blockquote, 600)));
        // The page's own headline is not shown a second time under the pane's.
        QCOMPARE(text.count(extracted.title), 1);

        // The same body marked doubtful: the reader is told, and offered the original.
        stored.complete = false;
        loaded.clear();
        reader()->showArticle(stored);
        QVERIFY(loaded.wait(30000) || loaded.count() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            pagePlainText(reader()).contains(QStringLiteral("Extraction may be incomplete")),
            20000);
    }

    // Settings… (Ctrl+,): dark theme and a larger font reach the reader pane at once and stay in
    // the settings; marking read on selection can be switched off.
    void settingsSwitchThemeAndFont()
    {
        QTimer::singleShot(300, [] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *theme = dialog->findChild<QComboBox *>();
            QVERIFY(theme);
            for (QComboBox *box : dialog->findChildren<QComboBox *>())
                if (box->findData(QStringLiteral("dark")) >= 0)
                    box->setCurrentIndex(box->findData(QStringLiteral("dark")));
            for (QSpinBox *spin : dialog->findChildren<QSpinBox *>())
                if (spin->maximum() == 32)
                    spin->setValue(24);
            for (QCheckBox *check : dialog->findChildren<QCheckBox *>())
                if (check->text().contains(QStringLiteral("read")))
                    check->setChecked(false);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(m_window->articleView(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(reader()->articleStyle().theme, ArticleRenderer::Style::Theme::Dark);
        QCOMPARE(reader()->articleStyle().fontSize, 24);
        QCOMPARE(
            m_settings->value(QStringLiteral("reader/theme")).toString(), QStringLiteral("dark"));
        QTRY_VERIFY_WITH_TIMEOUT(pageHtml(reader()).contains(QLatin1String("class=\"dark")), 10000);

        // With marking on selection off, an unread article stays unread when shown.
        QApplication::setActiveWindow(m_window.get());
        const QModelIndex first = m_window->articleModel()->index(0, 0);
        ArticleStore(*m_writerDb())
            .setRead({ first.data(ArticleListModel::IdRole).toLongLong() }, false);
        m_window->articleModel()->refreshArticle(first.data(ArticleListModel::IdRole).toLongLong());
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(1, 0));
        m_window->articleView()->setCurrentIndex(first);
        QTest::qWait(500);
        QVERIFY(!statusOf(first.data(ArticleListModel::IdRole).toLongLong()).read);
        m_settings->setValue(QStringLiteral("reader/markReadOnSelect"), true);
        m_settings->setValue(QStringLiteral("reader/theme"), QStringLiteral("system"));
        m_window->applySettings();
    }

    void screenshotHasContent()
    {
        m_window->articleView()->setCurrentIndex(m_window->articleModel()->index(0, 0));
        QTest::qWait(1500);
        const QImage shot = m_window->grab().toImage();
        const QString path = QDir::current().filePath(QStringLiteral("mainwindow.png"));
        QVERIFY(shot.save(path));
        QVERIFY2(colours(shot) > 20, qPrintable(QString::number(colours(shot))));
    }

    // The window in Russian and Kazakh, light and dark, to PNG files in the build folder: each has
    // real content (not blank, not one colour), is in its language, and dark is dark.
    void oldestFirstFromTheGoMenu()
    {
        QAction *oldest = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == QLatin1String("&Oldest first"))
                oldest = a;
        QVERIFY(oldest);
        const auto firstDate = [this] {
            return m_window->articleModel()
                ->index(0, 0)
                .data(ArticleListModel::PublishedRole)
                .toDateTime();
        };
        const auto lastDate = [this] {
            const int last = m_window->articleModel()->rowCount() - 1;
            return m_window->articleModel()
                ->index(last, 0)
                .data(ArticleListModel::PublishedRole)
                .toDateTime();
        };
        m_window->feedView()->setCurrentIndex(
            m_window->feedModel()->indexForView(FeedTreeModel::View::All));
        QVERIFY(m_window->articleModel()->rowCount() > 1);
        QVERIFY(firstDate() > lastDate());
        oldest->setChecked(true);
        QVERIFY(firstDate() < lastDate());
        QVERIFY(m_settings->value(QStringLiteral("reader/oldestFirst")).toBool());
        oldest->setChecked(false);
        QVERIFY(firstDate() > lastDate());
    }

    void everyControlHasAnAccessibleName()
    {
        // What a screen reader announces for each control the keyboard can reach: its own text, a
        // buddy label's, or an accessible name — never nothing.
        const auto unnamed = [](QWidget *top) {
            QStringList out;
            const QList<QWidget *> widgets = top->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(top)
                    || w->inherits("QScrollBar"))
                    continue;
                // Parts of a control (the web view's render widget, a spin box's editor): the
                // control around them carries the name.
                if (w->parentWidget()
                    && (w->parentWidget()->inherits("QWebEngineView")
                        || w->parentWidget()->inherits("QAbstractSpinBox")))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    out.append(QStringLiteral("%1 %2").arg(
                        QString::fromLatin1(w->metaObject()->className()), w->objectName()));
            }
            return out;
        };
        QStringList missing = unnamed(m_window.get());
        SettingsDialog settings(*m_settings, m_window.get());
        AddFeedDialog add(m_session->subscriptions(), m_window.get());
        CredentialsDialog credentials(
            QStringLiteral("Көкшетау+"), QStringLiteral("401"), m_window.get());
        AccountDialog account(m_window.get());
        for (QDialog *dialog :
            std::initializer_list<QDialog *> { &settings, &add, &credentials, &account })
            for (const QString &w : unnamed(dialog))
                missing.append(QString::fromLatin1(dialog->metaObject()->className())
                    + QStringLiteral(": ") + w);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void screenshotsInBothLanguagesAndThemes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("feedsMenu");
        for (const auto &[language, menu] :
            { std::pair { "ru", "&Ленты" }, std::pair { "kk", "&Таспалар" } })
            for (const char *theme : { "light", "dark" })
                QTest::newRow(qPrintable(
                    QStringLiteral("%1-%2").arg(QLatin1String(language), QLatin1String(theme))))
                    << QString::fromLatin1(language) << QString::fromLatin1(theme)
                    << QString::fromUtf8(menu);
    }

    void screenshotsInBothLanguagesAndThemes()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        QFETCH(QString, feedsMenu);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/oqy_%1.qm").arg(language)));
        QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        m_settings->setValue(QStringLiteral("reader/theme"), theme);
        {
            MainWindow window(*m_session, *m_settings);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.menuBar()->actions().first()->text(), feedsMenu);
            window.articleView()->setCurrentIndex(window.articleModel()->index(0, 0));
            QTest::qWait(1500);
            const QImage shot = window.grab().toImage();
            QVERIFY(shot.save(QDir::current().filePath(
                QStringLiteral("mainwindow-%1-%2.png").arg(language, theme))));
            QVERIFY2(colours(shot) > 20, qPrintable(QString::number(colours(shot))));
            const double lightness = meanLightness(shot);
            if (theme == QLatin1String("dark"))
                QVERIFY2(lightness < 100, qPrintable(QString::number(lightness)));
            else
                QVERIFY2(lightness > 150, qPrintable(QString::number(lightness)));
        }
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
        m_settings->setValue(QStringLiteral("reader/theme"), QStringLiteral("system"));
        m_window->applySettings();
    }

    void preparesTheReaderPaneWhenLeftAlone()
    {
        // Two seconds without a key or click: the pane is made then, in the same native window,
        // and the window keeps the keyboard.
        MainWindow window(*m_session, *m_settings);
        QVERIFY(!window.hasReaderView());
        window.resize(1000, 700);
        window.show();
        const WId id = window.winId();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasReaderView(), 15000);
        QCOMPARE(window.winId(), id);
        QTRY_COMPARE(QGuiApplication::focusWindow(), window.windowHandle());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
