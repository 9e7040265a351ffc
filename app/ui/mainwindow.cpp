#include "mainwindow.h"

#include "accountdialog.h"
#include "addfeeddialog.h"
#include "articledelegate.h"
#include "articlelistmodel.h"
#include "articlerenderer.h"
#include "compositionhint.h"
#include "contraststyle.h"
#include "core/refreshschedule.h"
#include "credentialsdialog.h"
#include "engine/maintenance.h"
#include "engine/session.h"
#include "engine/subscriptions.h"
#include "feeds/subscriptionlist.h"
#include "feedtreemodel.h"
#include "helpdialogs.h"
#include "outletpickerdialog.h"
#include "readerpane.h"
#include "readerpaneloader.h"
#include "regionfilterbutton.h"
#include "secrets/secretstore.h"
#include "settingkeys.h"
#include "settingsdialog.h"
#include "storage/accountstore.h"
#include "storage/articlelistquery.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"
#include "storage/storagewriter.h"
#include "trayicon.h"
#include "webenginestartup.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <QToolBar>
#include <QTreeView>
#include <memory>

namespace oqy {

MainWindow::MainWindow(Session &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_feeds(new FeedTreeModel(session, this))
    , m_articles(new ArticleListModel(session.reader(), this))
    , m_feedView(new QTreeView(this))
    , m_articleView(new QTreeView(this))
    , m_readerSlot(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_search(new QLineEdit(this))
    , m_regions(new RegionFilterButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_searchDelay(new QTimer(this))
{
    setWindowTitle(tr("Oqy"));
    setObjectName(QStringLiteral("MainWindow"));
    createLayout();
    createActions();
    restoreLayout();
    m_tray = new TrayIcon(m_session.reader(), this);
    applySettings();

    // Automatic refresh: every minute, the feeds whose interval (or back-off) has passed.
    auto *autoRefresh = new QTimer(this);
    autoRefresh->setInterval(60'000);
    connect(autoRefresh, &QTimer::timeout, this, &MainWindow::refreshDue);
    autoRefresh->start();
    QTimer::singleShot(3'000, this, &MainWindow::refreshDue);

    Refresh &refresh = m_session.refresh();
    connect(&refresh, &Refresh::stageStarted, this, [this](Refresh::Stage stage) {
        if (stage == Refresh::Stage::Sync)
            m_status->setText(tr("Syncing with your accounts…"));
    });
    connect(&refresh, &Refresh::progress, this, [this](Refresh::Stage stage, int done, int total) {
        m_progress->setVisible(done < total);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (stage == Refresh::Stage::Feeds)
            m_status->setText(tr("Refreshing: %1 of %2 feeds").arg(done).arg(total));
        else if (stage == Refresh::Stage::Pages)
            m_status->setText(tr("Saving for offline reading: %1 of %2").arg(done).arg(total));
    });
    connect(&refresh, &Refresh::accountsSynced, this, [this] { showNewArticles(); });
    connect(&refresh, &Refresh::feedFinished, this, &MainWindow::onFeedFinished);
    connect(&refresh, &Refresh::feedsStored, this, [this] {
        m_lastNotification = m_tray->notifyNew(m_refreshStarted);
        showNewArticles();
    });
    // The full text arrives while the reader looks at the teaser: show it.
    connect(&refresh, &Refresh::pageCached, this, [this](qint64 id) {
        if (id == currentArticleId())
            QTimer::singleShot(200, this, [this, id] {
                if (id == currentArticleId())
                    showCurrentArticle();
            });
    });
    connect(&refresh, &Refresh::finished, this, &MainWindow::onRefreshFinished);
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(300);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        m_feeds->refreshCounts();
        m_tray->updateUnread();
    });
    connect(&m_session.writer(), &StorageWriter::diskFull, this, [this](const QString &message) {
        m_status->setText(message);
        if (!m_diskFullShown) {
            m_diskFullShown = true;
            QMessageBox::warning(this, tr("Disk full"), message);
        }
    });
    connect(m_articles, &ArticleListModel::loadFailed, this, [this](const QString &error) {
        m_status->setText(tr("Could not read the article list: %1").arg(error));
    });

    m_feedView->setCurrentIndex(m_feeds->indexForView(FeedTreeModel::View::All));
    updateEmptyMessage();

    // So that the reader pane, made later, does not re-create the native window
    // (compositionhint.h): its library loads while the OpenGL worker is still busy, the widget is
    // made once the worker is done.
    const CompositionHint composition;
    webengine::ensureGraphics();
    composition.makeFor(this);

    // Making the pane blocks the window for about half a second (Chromium starts): not while
    // the window is coming up, not while the reader is using it. Every key, click or wheel turn
    // starts the wait again (eventFilter()); the first article opened before makes it at once.
    m_prepareReader = new QTimer(this);
    m_prepareReader->setSingleShot(true);
    m_prepareReader->setInterval(2000);
    connect(m_prepareReader, &QTimer::timeout, this, [this] {
        if (!isVisible() || isMinimized() || QApplication::activePopupWidget()
            || QApplication::activeModalWidget()) {
            m_prepareReader->start();
            return;
        }
        ensureReader();
    });
    qApp->installEventFilter(this);
    m_prepareReader->start();
}

void MainWindow::setReaderIdleDelay(std::chrono::milliseconds delay)
{
    if (!m_reader)
        m_prepareReader->start(delay);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_prepareReader && m_prepareReader->isActive())
            m_prepareReader->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    // Uniform heights before the first layout: switched on after it, every row keeps the height
    // of zero that a non-uniform layout leaves in the shared value, and the tree stays blank.
    m_feedView->setUniformRowHeights(true);
    m_feedView->setModel(m_feeds);
    m_feedView->setHeaderHidden(true);
    m_feedView->setObjectName(QStringLiteral("feedView"));
    m_feedView->setAccessibleName(tr("Feeds"));
    m_feedView->expandAll();

    m_articleView->setUniformRowHeights(true);
    m_articleView->setModel(m_articles);
    m_articleView->setObjectName(QStringLiteral("articleView"));
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleView->setRootIsDecorated(false);
    m_articleView->setItemDelegateForColumn(
        ArticleListModel::TitleColumn, new ArticleDelegate(m_articleView));
    m_articleView->setAllColumnsShowFocus(true);
    m_articleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setSectionResizeMode(
        ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->header()->resizeSection(ArticleListModel::OutletColumn, 120);
    m_articleView->header()->resizeSection(ArticleListModel::RegionColumn, 90);
    m_articleView->header()->resizeSection(ArticleListModel::TimeColumn, 90);

    // The reader pane (Qt WebEngine) is made when the first article is opened, or after two
    // seconds without input (ensureReader()): starting Chromium is most of what a start would
    // cost, and the lists need none of it. Until then a plain label says what the pane would.
    m_readerSlot->setObjectName(QStringLiteral("readerSlot"));
    m_readerSlot->setMinimumWidth(320);
    m_readerSlot->setAlignment(Qt::AlignCenter);
    m_readerSlot->setWordWrap(true);
    m_readerSlot->setMargin(24);
    m_readerSlot->setForegroundRole(QPalette::PlaceholderText);
    m_readerSlot->setAccessibleName(tr("Article"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_feedView);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_readerSlot);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({ 220, 520, 540 });
    setCentralWidget(m_splitter);

    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);

    connect(m_regions, &RegionFilterButton::selectionChanged, this, [this] {
        // A region row of the tree stays current only while the toolbar says that region alone.
        const QModelIndex current = m_feedView->currentIndex();
        const QStringList ticked = m_regions->selectedRegions();
        if (FeedTreeModel::View(current.data(FeedTreeModel::ViewRole).toInt())
                == FeedTreeModel::View::Region
            && ticked != QStringList { current.data(FeedTreeModel::RegionRole).toString() }) {
            const QSignalBlocker quiet(m_feedView->selectionModel());
            m_feedView->setCurrentIndex(ticked.size() == 1
                    ? m_feeds->indexForRegion(ticked.first())
                    : m_feeds->indexForView(FeedTreeModel::View::All));
            m_viewFilter = {};
        }
        applyFilter();
    });

    m_status->setAccessibleName(tr("Status"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Refresh progress"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_feedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &index, const QModelIndex &previous) {
            m_viewFilter = {};
            // Leaving a region of the tree leaves its filter (one the reader ticked in the
            // toolbar stays, shown there, over every view).
            const auto isRegion = [](const QModelIndex &i) {
                return FeedTreeModel::View(i.data(FeedTreeModel::ViewRole).toInt())
                    == FeedTreeModel::View::Region;
            };
            if (isRegion(previous) && !isRegion(index)
                && m_regions->selectedRegions()
                    == QStringList { previous.data(FeedTreeModel::RegionRole).toString() }) {
                const QSignalBlocker quiet(m_regions);
                m_regions->setSelectedRegions({});
            }
            switch (FeedTreeModel::View(index.data(FeedTreeModel::ViewRole).toInt())) {
            case FeedTreeModel::View::Unread:
                m_viewFilter.unreadOnly = true;
                break;
            case FeedTreeModel::View::Today:
                m_viewFilter.since = QDateTime(QDate::currentDate(), QTime(0, 0));
                break;
            case FeedTreeModel::View::Bookmarks:
                m_viewFilter.bookmarkedOnly = true;
                break;
            case FeedTreeModel::View::Feed:
                m_viewFilter.feedId = index.data(FeedTreeModel::FeedIdRole).toLongLong();
                break;
            case FeedTreeModel::View::Region:
                // One region filter, shown in both places: the tree's region is the toolbar's.
                m_regions->setSelectedRegions({ index.data(FeedTreeModel::RegionRole).toString() });
                break;
            case FeedTreeModel::View::Folder:
                m_viewFilter.folder = index.data(FeedTreeModel::FolderRole).toString();
                break;
            case FeedTreeModel::View::All:
                break;
            }
            applyFilter();
        });
    // Selection, not the current index, opens an article: focusing the list makes its first row
    // current, and that must not mark it read.
    connect(m_articleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::showCurrentArticle);
}

void MainWindow::createActions()
{
    QMenu *feedsMenu = menuBar()->addMenu(tr("&Feeds"));
    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);

    m_refreshAction = feedsMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
        tr("&Refresh all"), this, &MainWindow::refreshAll);
    m_refreshAction->setShortcuts({ QKeySequence(Qt::Key_R), QKeySequence::Refresh });
    QAction *add = feedsMenu->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
        tr("&Add feed…"), this, &MainWindow::addFeed);
    add->setShortcut(QKeySequence::New);
    feedsMenu->addAction(tr("Add &outlet…"), this, [this] { addOutlets(false); });
    m_offlineAction = feedsMenu->addAction(tr("Work &offline"));
    m_offlineAction->setCheckable(true);
    m_offlineAction->setToolTip(
        tr("Nothing is downloaded while this is on; everything stored stays readable."));
    connect(m_offlineAction, &QAction::toggled, this, &MainWindow::setOffline);
    feedsMenu->addAction(tr("&Sync account…"), this, &MainWindow::addAccount);
    feedsMenu->addAction(tr("&Credentials…"), this, [this] {
        const qint64 id = m_feedView->currentIndex().data(FeedTreeModel::FeedIdRole).toLongLong();
        if (id != 0)
            askCredentials(id);
        else
            m_status->setText(tr("Select a feed first."));
    });
    feedsMenu->addSeparator();
    feedsMenu->addAction(tr("&Import subscriptions…"), this, &MainWindow::importSubscriptions);
    feedsMenu->addAction(tr("&Export subscriptions…"), this, &MainWindow::exportSubscriptions);
    feedsMenu->addSeparator();
    QAction *settings = feedsMenu->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    feedsMenu->addSeparator();
    QAction *quit = feedsMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // A ribbon, outlined or filled: a check mark here read as "mark read".
    QIcon bookmarkIcon(QStringLiteral(":/icons/bookmark.svg"));
    bookmarkIcon.addFile(QStringLiteral(":/icons/bookmark-on.svg"), {}, QIcon::Normal, QIcon::On);
    m_bookmarkAction
        = articleMenu->addAction(bookmarkIcon, tr("&Bookmark"), this, &MainWindow::toggleBookmark);
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::Key_B));
    m_noteAction = articleMenu->addAction(tr("Bookmark &note…"), this, &MainWindow::editNote);
    m_noteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_B));
    m_readAction = articleMenu->addAction(tr("&Mark read/unread"), this, &MainWindow::toggleRead);
    m_readAction->setShortcut(QKeySequence(Qt::Key_M));
    m_openAction = articleMenu->addAction(tr("&Open original"), this, &MainWindow::openOriginal);
    m_openAction->setShortcut(QKeySequence(Qt::Key_O));
    m_copyLinkAction = articleMenu->addAction(tr("&Copy link"), this, [this] {
        const QString url = selectedArticle().data(ArticleListModel::UrlRole).toString();
        if (!url.isEmpty()) {
            QGuiApplication::clipboard()->setText(url);
            m_status->setText(tr("Link copied."));
        }
    });
    m_copyLinkAction->setShortcut(QKeySequence(Qt::Key_Y));
    articleMenu->addSeparator();
    QAction *allRead = articleMenu->addAction(tr("Mark &all read"), this, &MainWindow::markAllRead);
    allRead->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_M));
    m_undoAction
        = articleMenu->addAction(tr("&Undo mark all read"), this, &MainWindow::undoMarkAllRead);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);

    QAction *next = goMenu->addAction(tr("&Next article"), this, [this] { selectNext(1); });
    next->setShortcut(QKeySequence(Qt::Key_J));
    QAction *previous
        = goMenu->addAction(tr("&Previous article"), this, [this] { selectNext(-1); });
    previous->setShortcut(QKeySequence(Qt::Key_K));
    QAction *nextUnread
        = goMenu->addAction(tr("Next &unread article"), this, &MainWindow::selectNextUnread);
    nextUnread->setShortcut(QKeySequence(Qt::Key_N));
    QAction *page
        = goMenu->addAction(tr("Scroll, then next &unread"), this, &MainWindow::scrollOrNext);
    page->setShortcut(QKeySequence(Qt::Key_Space));
    QAction *find = goMenu->addAction(tr("&Search"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({ QKeySequence(Qt::Key_Slash), QKeySequence::Find });
    QAction *clear = goMenu->addAction(tr("&Clear filters"), this, [this] {
        m_search->clear();
        m_regions->setSelectedRegions({});
        m_articleView->setFocus();
    });
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    goMenu->addSeparator();
    // The list's order: the news as it came, for catching up on a region from where one left off.
    QAction *oldest = goMenu->addAction(tr("&Oldest first"));
    oldest->setCheckable(true);
    oldest->setChecked(m_settings.value(settingkeys::OldestFirst, false).toBool());
    connect(oldest, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(settingkeys::OldestFirst, on);
        applyFilter();
    });

    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog(menuBar()->actions(), this).exec();
    });
    keys->setShortcuts({ QKeySequence(Qt::Key_Question), QKeySequence::HelpContents });
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Oqy"), this,
        [this] { AboutDialog(m_session.dataDir(), this).exec(); });
    about->setMenuRole(QAction::AboutRole);

    for (QAction *a : { m_refreshAction, add, m_bookmarkAction, m_noteAction, m_readAction,
             m_openAction, m_copyLinkAction, allRead, m_undoAction, next, previous, nextUnread,
             page, find, clear, keys })
        a->setShortcutContext(Qt::WindowShortcut);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(add);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_regions);
    toolbar->addSeparator();
    toolbar->addAction(m_bookmarkAction);
    for (QAction *a :
        { m_bookmarkAction, m_noteAction, m_readAction, m_openAction, m_copyLinkAction })
        a->setEnabled(false);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(m_settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (m_settings.value(settingkeys::Offline, false).toBool()) {
        QSignalBlocker block(m_offlineAction);
        m_offlineAction->setChecked(true);
        m_session.setOffline(true);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    m_settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyFilter()
{
    ArticleFilter filter = m_viewFilter;
    filter.search = m_search->text().trimmed();
    filter.oldestFirst = m_settings.value(settingkeys::OldestFirst, false).toBool();
    // The one region filter (toolbar and tree's Regions alike) narrows whatever view is open.
    filter.regions = m_regions->selectedRegions();
    if (filter == m_articles->filter() && m_articles->rowCount() > 0)
        return;
    m_articles->setFilter(filter);
    // Nothing is selected for the reader: opening a view must not mark its first article read.
    showCurrentArticle(); // the article actions follow: nothing to bookmark now
    updateEmptyMessage();
}

void MainWindow::updateEmptyMessage()
{
    if (currentArticleId() != 0)
        return; // the pane shows an article
    const QStringList regions = m_regions->selectedRegions();
    if (m_feeds->feeds().isEmpty())
        showReaderMessage(tr("Add a feed to start reading (Feeds → Add feed…)."));
    else if (m_articles->rowCount() > 0)
        showReaderMessage(tr("Select an article to read it."));
    else if (m_session.refresh().isRunning())
        showReaderMessage(tr("Downloading the news…"));
    else if (!regions.isEmpty())
        showReaderMessage(tr("No articles here about %1. Esc clears the region filter.")
                              .arg(m_regions->text()));
    else
        showReaderMessage(tr("No articles here."));
}

QModelIndex MainWindow::selectedArticle() const
{
    const QModelIndexList rows = m_articleView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

qint64 MainWindow::currentArticleId() const
{
    const QModelIndex index = selectedArticle();
    return index.isValid() ? index.data(ArticleListModel::IdRole).toLongLong() : 0;
}

ReaderPane *MainWindow::readerView()
{
    ensureReader();
    return m_reader;
}

void MainWindow::ensureReader()
{
    if (m_reader || m_readerFailed)
        return;
    if (m_prepareReader) {
        m_prepareReader->stop();
        qApp->removeEventFilter(this);
    }
    // Whoever has the keyboard keeps it: a new web view must not take it (j/k go on working).
    QPointer<QWidget> focused = QApplication::focusWidget();
    QString error;
    m_reader = makeReaderPane(
        m_session.dataDir().databasePath(), m_session.dataDir().imagesPath(), this, &error);
    if (!m_reader) {
        // A broken installation: the lists, search and bookmarks go on working without the pane,
        // and the placeholder says what is missing.
        m_readerFailed = true;
        m_readerSlot->setText(tr("The reader pane cannot be shown:\n%1").arg(error));
        return;
    }
    QWidget *pane = m_reader->widget();
    pane->setObjectName(QStringLiteral("readerView"));
    pane->setAccessibleName(tr("Article"));
    pane->setMinimumWidth(320);
    m_reader->setArticleStyle(m_readerStyle);
    const QList<int> sizes = m_splitter->sizes();
    const QString pending = m_readerSlot->text(); // what the label said, the pane says first
    m_splitter->replaceWidget(m_splitter->indexOf(m_readerSlot), pane);
    m_readerSlot->deleteLater();
    m_readerSlot = nullptr;
    m_splitter->setSizes(sizes);
    if (!pending.isEmpty())
        m_reader->showMessage(pending);
    if (focused && QApplication::focusWidget() != focused)
        focused->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showReaderMessage(const QString &text)
{
    if (m_reader)
        m_reader->showMessage(text);
    else if (!m_readerFailed)
        m_readerSlot->setText(text); // and the pane when it is made (ensureReader())
}

void MainWindow::showCurrentArticle()
{
    const qint64 id = currentArticleId();
    for (QAction *a :
        { m_bookmarkAction, m_noteAction, m_readAction, m_openAction, m_copyLinkAction })
        a->setEnabled(id != 0);
    if (id == 0) {
        m_bookmarkAction->setChecked(false);
        return;
    }
    // Without a pane (its library missing) the rest still happens: read marks, the bookmark action.
    ReaderPane *const reader = readerView();
    try {
        const auto stored = ArticleStore(m_session.reader()).load(id);
        if (!stored) {
            if (reader)
                reader->showMessage(tr("This article is no longer stored."));
            return;
        }
        if (reader)
            reader->showArticle(*stored);
        m_bookmarkAction->setChecked(stored->status.bookmarked);
        if (!stored->status.read && m_settings.value(settingkeys::MarkReadOnSelect, true).toBool())
            markRead(id, true);
    } catch (const SqlError &e) {
        if (reader)
            reader->showMessage(tr("Could not read the article: %1").arg(e.message()));
    }
}

void MainWindow::markRead(qint64 articleId, bool read)
{
    m_articles->setRead(articleId, read);
    m_session.writer().submit(
        [articleId, read](Database &db) { ArticleStore(db).setRead({ articleId }, read); }, this,
        [this](const QString &error) {
            if (!error.isEmpty())
                m_status->setText(error);
            // Counted a moment later, once for a run of j j j: the counts are cheap to read now
            // (the database keeps them), but the tree need not be redrawn for every mark while
            // the reader pane paints the next article.
            m_countsTimer->start();
        });
}

void MainWindow::toggleRead()
{
    const QModelIndex index = selectedArticle();
    if (index.isValid())
        markRead(currentArticleId(), !index.data(ArticleListModel::ReadRole).toBool());
}

void MainWindow::toggleBookmark()
{
    const QModelIndex index = selectedArticle();
    if (!index.isValid())
        return;
    const qint64 id = currentArticleId();
    const bool bookmarked = !index.data(ArticleListModel::BookmarkedRole).toBool();
    m_articles->setBookmarked(id, bookmarked);
    m_bookmarkAction->setChecked(bookmarked);
    m_status->setText(bookmarked ? tr("Bookmarked.") : tr("Bookmark removed."));
    m_session.writer().submit(
        [id, bookmarked](Database &db) { ArticleStore(db).setBookmarked(id, bookmarked); }, this,
        [this, id](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("The bookmark was not saved: %1").arg(error));
                m_articles->refreshArticle(id);
            }
            m_feeds->refreshCounts();
            m_tray->updateUnread();
        });
}

void MainWindow::editNote()
{
    const qint64 id = currentArticleId();
    if (id == 0)
        return;
    QString current;
    try {
        current = ArticleStore(m_session.reader()).status(id).note;
    } catch (const SqlError &) { }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Bookmark note"),
        tr("A note to keep with this bookmark (it goes with bookmark exports too):"), current, &ok);
    if (!ok)
        return;
    m_articles->setBookmarked(id, true);
    m_bookmarkAction->setChecked(true);
    m_session.writer().submit([id, note](Database &db) { ArticleStore(db).setNote(id, note); },
        this,
        [this, id](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("The note was not saved: %1").arg(error));
                m_articles->refreshArticle(id);
                return;
            }
            m_status->setText(tr("Note saved."));
            m_feeds->refreshCounts();
            m_tray->updateUnread();
            if (currentArticleId() == id)
                showCurrentArticle();
        });
}

void MainWindow::openOriginal()
{
    const QString url = selectedArticle().data(ArticleListModel::UrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void MainWindow::selectNext(int step)
{
    const int rows = m_articles->rowCount();
    if (rows == 0)
        return;
    const QModelIndex selected = selectedArticle();
    const QModelIndex current = m_articleView->currentIndex();
    // Nothing open yet: the first press opens the row the cursor is on (or the first one).
    int row = selected.isValid() ? selected.row() + step : current.isValid() ? current.row() : 0;
    if (row >= rows && m_articles->canFetchMore({})) {
        m_articles->fetchMore({});
    }
    row = qBound(0, row, m_articles->rowCount() - 1);
    m_articleView->setCurrentIndex(m_articles->index(row, 0));
    m_articleView->selectionModel()->select(
        m_articles->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool MainWindow::selectUnreadIn(int from, int to)
{
    // Pages are fetched as the search goes: a few thousand rows at most.
    for (int row = from, fetched = 0; to < 0 || row < to; ++row) {
        if (row >= m_articles->rowCount()) {
            if (to >= 0 || fetched++ >= 25 || !m_articles->canFetchMore({}))
                return false;
            m_articles->fetchMore({});
            if (row >= m_articles->rowCount())
                return false;
        }
        if (!m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool()) {
            m_articleView->setCurrentIndex(m_articles->index(row, 0));
            m_articleView->selectionModel()->select(m_articles->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void MainWindow::selectNextUnread()
{
    // Below the selection, then from the top of the list (wrapping, as RSS Guard and Liferea do),
    // then in the next feed of the tree that has unread articles.
    const QModelIndex selected = selectedArticle();
    const int from = selected.isValid() ? selected.row() + 1 : 0;
    if (selectUnreadIn(from, -1) || (from > 0 && selectUnreadIn(0, from))) {
        m_status->clear();
        return;
    }
    // All articles (or all unread) are this list already: no other feed can have more.
    const auto view = FeedTreeModel::View(m_feedView->currentIndex().data(FeedTreeModel::ViewRole).toInt());
    m_feeds->refreshCounts(); // a millisecond: the schema keeps them
    const QModelIndex next = view == FeedTreeModel::View::All || view == FeedTreeModel::View::Unread
        ? QModelIndex()
        : m_feeds->nextWithUnread(m_feedView->currentIndex());
    if (next.isValid()) {
        m_feedView->setCurrentIndex(next);
        if (selectUnreadIn(0, -1)) {
            m_status->setText(tr("Next unread in %1.").arg(next.data(Qt::UserRole + 100).toString()));
            return;
        }
    }
    m_status->setText(tr("No unread articles left."));
}

void MainWindow::scrollOrNext()
{
    // Like Liferea and Akregator: space pages through the article, then goes on to the next
    // unread one.
    ReaderPane *const view = readerView();
    if (view && view->scrollDown())
        return;
    selectNextUnread();
}

void MainWindow::markAllRead()
{
    // Everything unread in the current view: the whole view (all its pages), or the search results.
    QList<qint64> ids;
    try {
        if (!m_articles->filter().search.trimmed().isEmpty()) {
            for (int row = 0; row < m_articles->rowCount(); ++row)
                if (!m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool())
                    ids.append(
                        m_articles->index(row, 0).data(ArticleListModel::IdRole).toLongLong());
        } else {
            ArticleFilter unread = m_articles->filter();
            unread.unreadOnly = true;
            ArticleListQuery query(m_session.reader());
            std::optional<PageCursor> after;
            while (true) {
                const QList<ArticleRow> page = query.page(unread, after, 5000);
                for (const ArticleRow &row : page)
                    ids.append(row.id);
                if (page.size() < 5000)
                    break;
                after = PageCursor { page.constLast().published.toSecsSinceEpoch(),
                    page.constLast().id };
            }
        }
    } catch (const SqlError &e) {
        m_status->setText(tr("Could not read the article list: %1").arg(e.message()));
        return;
    }
    if (ids.isEmpty())
        return;
    m_lastMarkedRead = ids;
    m_undoAction->setEnabled(true);
    for (qint64 id : std::as_const(ids))
        m_articles->setRead(id, true);
    m_session.writer().submit([ids](Database &db) { ArticleStore(db).setRead(ids, true); }, this,
        [this, count = ids.size()](const QString &error) {
            m_status->setText(error.isEmpty()
                    ? tr("%n article(s) marked read. Undo with Ctrl+Z.", nullptr, int(count))
                    : error);
            m_feeds->refreshCounts();
            m_tray->updateUnread();
        });
}

void MainWindow::undoMarkAllRead()
{
    const QList<qint64> ids = std::exchange(m_lastMarkedRead, {});
    m_undoAction->setEnabled(false);
    if (ids.isEmpty())
        return;
    for (qint64 id : ids)
        m_articles->setRead(id, false);
    m_session.writer().submit([ids](Database &db) { ArticleStore(db).setRead(ids, false); }, this,
        [this, count = ids.size()](const QString &error) {
            m_status->setText(
                error.isEmpty() ? tr("%n article(s) unread again.", nullptr, int(count)) : error);
            m_feeds->refreshCounts();
            m_tray->updateUnread();
        });
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Credentials proxy = dialog.proxyCredentials();
        if (!proxy.password.isEmpty())
            setProxyCredentials(proxy);
        applySettings();
        applyRetention();
    }
}

void MainWindow::setProxyCredentials(const Credentials &credentials)
{
    m_session.secrets().write(
        QString(settingkeys::ProxySecretId), credentials, [this](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Proxy password not saved"), error);
                return;
            }
            m_settings.setValue(settingkeys::ProxyHasSecret, true);
            applySettings();
        });
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void MainWindow::applyPalette(ArticleRenderer::Style::Theme theme)
{
    // A forced theme covers the whole window, not only the reader pane; "as the system" gives
    // back the palette the desktop gave the application.
    static const QPalette system = QApplication::palette();
    if (!qobject_cast<ContrastStyle *>(QApplication::style()))
        QApplication::setStyle(new ContrastStyle); // visible check boxes on the dark palette
    switch (theme) {
    case ArticleRenderer::Style::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ArticleRenderer::Style::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    default:
        QApplication::setPalette(system);
        break;
    }
}

void MainWindow::applySettings()
{
    using namespace settingkeys;
    ArticleRenderer::Style style;
    style.fontSize = m_settings.value(FontSize, FontSizeDefault).toInt();
    style.serif = m_settings.value(Serif, true).toBool();
    const QString theme = m_settings.value(Theme, QStringLiteral("system")).toString();
    style.theme = theme == QLatin1String("dark") ? ArticleRenderer::Style::Theme::Dark
        : theme == QLatin1String("light")        ? ArticleRenderer::Style::Theme::Light
                                                 : ArticleRenderer::Style::Theme::System;
    applyPalette(style.theme);
    m_readerStyle = style;
    if (m_reader)
        m_reader->setArticleStyle(style);
    m_tray->configure(m_settings.value(ShowTrayIcon, false).toBool(),
        m_settings.value(NotifyRegions).toStringList());

    const bool offline = m_settings.value(Offline, false).toBool();
    if (offline != m_session.isOffline())
        setOffline(offline);

    // The proxy for feeds, pages and photos (the reader pane loads nothing from the network).
    const QString proxy = m_settings.value(Proxy, QStringLiteral("system")).toString();
    if (proxy == QLatin1String("manual") && !m_settings.value(ProxyHost).toString().isEmpty()) {
        const QNetworkProxy manual(QNetworkProxy::HttpProxy, m_settings.value(ProxyHost).toString(),
            quint16(m_settings.value(ProxyPort, 3128).toInt()));
        m_session.network().setProxy(manual);
        // Its user and password come from the keychain, into memory only.
        if (m_settings.value(ProxyHasSecret, false).toBool())
            m_session.secrets().read(QString(ProxySecretId),
                [this, manual](const Credentials &credentials, const QString &error) {
                    if (!error.isEmpty()) {
                        m_status->setText(
                            tr("The proxy password could not be read: %1").arg(error));
                        return;
                    }
                    QNetworkProxy withLogin = manual;
                    withLogin.setUser(credentials.user);
                    withLogin.setPassword(credentials.password);
                    m_session.network().setProxy(withLogin);
                });
    } else if (proxy == QLatin1String("none")) {
        m_session.network().setProxy(QNetworkProxy::NoProxy);
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_session.network().setProxy(QNetworkProxy::DefaultProxy);
    }
}

void MainWindow::setOffline(bool offline)
{
    m_session.setOffline(offline);
    m_settings.setValue(settingkeys::Offline, offline);
    if (m_offlineAction->isChecked() != offline)
        m_offlineAction->setChecked(offline);
    m_status->setText(offline ? tr("Working offline: nothing is downloaded.") : tr("Back online."));
}

RetentionPolicy MainWindow::retentionPolicy() const
{
    // Defaults a regional reader can live with: three months of news, at most 2 GB of it.
    RetentionPolicy policy;
    policy.keepDays = m_settings.value(settingkeys::KeepDays, settingkeys::KeepDaysDefault).toInt();
    policy.maxCacheBytes
        = m_settings.value(settingkeys::MaxMB, settingkeys::MaxMBDefault).toLongLong() * 1024
        * 1024;
    return policy;
}

void MainWindow::applyRetention()
{
    const RetentionPolicy policy = retentionPolicy();
    if (policy.keepDays <= 0 && policy.maxCacheBytes <= 0)
        return;
    m_session.maintenance().applyRetention(
        policy, [this](const RetentionResult &result, const QString &error) {
            if (!error.isEmpty())
                m_status->setText(tr("Old articles could not be removed: %1").arg(error));
            else if (result.articles > 0)
                dropRemovedArticles();
        });
}

void MainWindow::dropRemovedArticles()
{
    const qint64 shown = currentArticleId();
    m_articles->removeMissing();
    if (shown != 0 && m_articles->rowOf(shown) < 0)
        showReaderMessage(tr("Select an article to read it."));
    m_feeds->refreshCounts();
    m_tray->updateUnread();
}

void MainWindow::checkDatabaseInBackground()
{
    // Weekly the whole file; at the other starts the read and bookmark state, which start-up
    // checks only at its first page (openDatabase()).
    const QString key = QStringLiteral("storage/lastFullCheck");
    const QDateTime last = m_settings.value(key).toDateTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool full = !last.isValid() || last.secsTo(now) >= 7 * 24 * 3600;
    m_session.maintenance().checkInBackground(full, [this, key, now, full](const QString &damage) {
        if (full)
            m_settings.setValue(key, now);
        if (damage.isEmpty())
            return;
        QMessageBox::warning(this, tr("The database is damaged"),
            tr("Oqy found damage in its database (%1). Restart Oqy to repair it: your "
               "subscriptions and bookmarks are kept in a backup and come back, articles with the "
               "next refresh.")
                .arg(damage));
    });
}

RefreshPlan MainWindow::refreshPlan(RefreshTarget::Selection selection) const
{
    RefreshPlan plan;
    plan.selection = selection;
    plan.defaultIntervalMinutes
        = m_settings.value(settingkeys::RefreshMinutes, schedule::DefaultIntervalMinutes).toInt();
    plan.retention = retentionPolicy();
    return plan;
}

void MainWindow::startRefresh(const RefreshPlan &plan)
{
    if (m_session.isOffline())
        return;
    if (!m_session.refresh().isRunning()) {
        m_refreshStarted = QDateTime::currentDateTimeUtc();
        m_refreshAction->setEnabled(false);
    }
    m_session.refresh().start(plan);
}

void MainWindow::refreshFeedsNow(const QList<qint64> &feedIds)
{
    if (feedIds.isEmpty())
        return;
    RefreshPlan plan = refreshPlan(RefreshTarget::Selection::All);
    plan.feedIds = feedIds;
    startRefresh(plan);
}

void MainWindow::refreshDue()
{
    const int minutes
        = m_settings.value(settingkeys::RefreshMinutes, schedule::DefaultIntervalMinutes).toInt();
    if (minutes <= 0 || m_session.isOffline() || m_session.refresh().isRunning())
        return;
    startRefresh(refreshPlan(RefreshTarget::Selection::Due));
}

void MainWindow::refreshAll()
{
    if (m_session.isOffline()) {
        m_status->setText(tr(
            "Working offline: nothing is downloaded. Turn off Feeds → Work offline to refresh."));
        return;
    }
    if (m_session.refresh().isRunning())
        return;
    try {
        if (m_feeds->feeds().isEmpty() && AccountStore(m_session.reader()).all().isEmpty()) {
            m_status->setText(tr("There is nothing to refresh yet: add a feed first."));
            return;
        }
    } catch (const SqlError &e) {
        m_status->setText(e.message());
        return;
    }
    startRefresh(refreshPlan(RefreshTarget::Selection::All));
}

void MainWindow::showNewArticles()
{
    const QModelIndex current = m_feedView->currentIndex();
    const qint64 feedId = current.data(FeedTreeModel::FeedIdRole).toLongLong();
    m_feeds->reload();
    m_feedView->expandAll();
    if (feedId != 0)
        m_feedView->setCurrentIndex(m_feeds->indexForFeed(feedId));
    m_articles->insertNewer();
    updateEmptyMessage();
}

void MainWindow::addAccount()
{
    AccountDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString server = dialog.server();
    const QString user = dialog.user();
    QString secretId = SecretStore::newId();
    try {
        for (const Account &a : AccountStore(m_session.reader()).all())
            if (a.url == server && a.user == user)
                secretId = a.secretId;
    } catch (const SqlError &e) {
        m_status->setText(e.message());
        return;
    }
    m_session.secrets().write(secretId, { user, dialog.password(), {}, {} },
        [this, server, user, secretId](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Sync account"), error); // nothing kept anywhere else
                return;
            }
            m_session.writer().submit(
                [server, user, secretId](
                    Database &db) { AccountStore(db).add(server, user, secretId); },
                this,
                [this](const QString &e) {
                    if (!e.isEmpty()) {
                        m_status->setText(e);
                        return;
                    }
                    refreshAll();
                });
        });
}

void MainWindow::addFeed()
{
    // The dialog finds the feed behind what the reader pasted before it closes (or says that the
    // page is a news list, ticking that box itself): what comes out is what is subscribed.
    AddFeedDialog dialog(m_session.subscriptions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    subscribe(dialog.address(), dialog.isNewsList());
}

void MainWindow::subscribe(const QString &address, bool newsList)
{
    SubscribeRequest request;
    request.address = address;
    request.newsList = newsList;
    request.discover = false; // the dialog has looked already
    m_session.subscriptions().subscribe(request, [this](const SubscribeResult &result) {
        if (!result.error.isEmpty()) {
            QMessageBox::warning(
                this, tr("Add a feed"), tr("The feed was not added: %1").arg(result.error));
            return;
        }
        m_feeds->reload();
        m_feedView->expandAll();
        updateEmptyMessage();
        m_status->setText(m_session.isOffline()
                ? tr("Feed added; it is downloaded when Oqy is back online.")
                : tr("Feed added; downloading it…"));
        refreshFeedsNow({ result.feedId });
    });
}

void MainWindow::addOutlets(bool firstRun)
{
    OutletPickerDialog dialog(feeds::OutletDirectory::builtIn(),
        firstRun ? tr("Welcome to Oqy. Tick the regions you follow (or single outlets); their news "
                      "will come in and stay readable offline. You can add more later with Feeds → "
                      "Add outlet…")
                 : tr("Tick the outlets to subscribe to."),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<feeds::DirectoryOutlet> chosen = dialog.chosen();
    if (chosen.isEmpty())
        return;
    m_session.subscriptions().subscribeOutlets(
        chosen, [this](const QList<qint64> &ids, const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(
                    this, tr("Add outlet"), tr("Nothing was added: %1").arg(error));
                return;
            }
            m_feeds->reload();
            m_feedView->expandAll();
            updateEmptyMessage();
            refreshFeedsNow(ids);
        });
}

void MainWindow::importSubscriptions()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import subscriptions"), QString(),
        tr("OPML or Newsboat urls (*.opml *.xml urls);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 32 * 1024 * 1024) {
        QMessageBox::warning(this, tr("Import subscriptions"), tr("%1 cannot be read.").arg(path));
        return;
    }
    const feeds::SubscriptionList list = feeds::readSubscriptions(file.readAll());
    if (!list.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import subscriptions"), list.error);
        return;
    }
    m_session.subscriptions().import(list, [this](const ImportResult &result) {
        if (!result.error.isEmpty()) {
            QMessageBox::warning(this, tr("Import subscriptions"),
                tr("Nothing was imported: %1").arg(result.error));
            return;
        }
        m_feeds->reload();
        m_feedView->expandAll();
        updateEmptyMessage();
        QString text = tr("%n subscription(s) imported.", nullptr, int(result.added.size()));
        if (!result.skipped.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n entry(ies) skipped.", nullptr, int(result.skipped.size()));
        m_status->setText(text);
        refreshFeedsNow(result.added);
    });
}

void MainWindow::exportSubscriptions()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export subscriptions"),
        QStringLiteral("oqy-subscriptions.opml"), tr("OPML (*.opml)"));
    if (path.isEmpty())
        return;
    QByteArray opml;
    try {
        opml = m_session.subscriptions().exportOpml(tr("Oqy subscriptions"));
    } catch (const SqlError &e) {
        QMessageBox::warning(this, tr("Export subscriptions"), e.message());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(opml) != opml.size())
        QMessageBox::warning(this, tr("Export subscriptions"),
            tr("%1 cannot be written: %2").arg(path, file.errorString()));
    else
        m_status->setText(tr("Subscriptions exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::askCredentials(qint64 feedId)
{
    std::optional<Feed> feed;
    try {
        feed = FeedStore(m_session.reader()).byId(feedId);
    } catch (const SqlError &) { }
    if (!feed)
        return;
    m_askedCredentials.insert(feedId);
    CredentialsDialog dialog(feed->displayTitle(),
        feed->lastError.isEmpty() ? tr("This feed's server asks for credentials.")
                                  : feed->lastError,
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString secretId = feed->secretId.isEmpty() ? SecretStore::newId() : feed->secretId;
    m_session.secrets().write(
        secretId, dialog.credentials(), [this, feedId, secretId](const QString &error) {
            if (!error.isEmpty()) {
                // Nothing is written anywhere else: the feed keeps saying it needs credentials.
                QMessageBox::warning(this, tr("Credentials not saved"), error);
                return;
            }
            m_session.writer().submit(
                [feedId, secretId](Database &db) { FeedStore(db).setSecretId(feedId, secretId); },
                this,
                [this, feedId](const QString &writeError) {
                    if (!writeError.isEmpty()) {
                        m_status->setText(writeError);
                        return;
                    }
                    // Straight away, with the new credentials.
                    refreshFeedsNow({ feedId });
                });
        });
}

void MainWindow::onFeedFinished(const FeedOutcome &outcome)
{
    // Asked once per feed and session: a server that keeps refusing gets a clear error, not a loop
    // of dialogs (Feeds → Credentials… changes them any time).
    if (outcome.needsCredentials && !outcome.hasSecret
        && !m_askedCredentials.contains(outcome.feedId)
        && !m_credentialQueue.contains(outcome.feedId))
        m_credentialQueue.append(outcome.feedId);
    if (!outcome.error.isEmpty()) {
        const QModelIndex index = m_feeds->indexForFeed(outcome.feedId);
        if (index.isValid()) {
            m_feeds->setData(index, outcome.error, FeedTreeModel::ErrorRole);
            m_feeds->setData(
                index, style()->standardIcon(QStyle::SP_MessageBoxWarning), Qt::DecorationRole);
            m_feeds->setData(
                index, tr("Last refresh failed: %1").arg(outcome.error), Qt::ToolTipRole);
        }
    }
}

void MainWindow::onRefreshFinished(const RefreshReport &report)
{
    if (!m_credentialQueue.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_credentialQueue.isEmpty())
                askCredentials(m_credentialQueue.takeFirst());
        });
    m_refreshAction->setEnabled(true);
    m_progress->setVisible(false);
    m_status->setText(statusAfterRefresh(report));
    showNewArticles();
    if (report.removedArticles > 0)
        dropRemovedArticles();
}

QString MainWindow::statusAfterRefresh(const RefreshReport &report) const
{
    QStringList parts { tr("%n new article(s)", nullptr,
        report.feeds.newArticles + report.syncedArticles) };
    if (report.offline.pages > 0 || report.offline.images > 0)
        parts.append(tr("%n saved for offline reading", nullptr, report.offline.pages)
            + (report.offline.images > 0
                    ? QStringLiteral(" (") + tr("%n photo(s)", nullptr, report.offline.images)
                        + QLatin1Char(')')
                    : QString()));
    if (report.feeds.failed > 0)
        parts.append(
            tr("%n feed(s) failed — see the warning icons", nullptr, report.feeds.failed));
    for (const QString &error : report.syncErrors)
        parts.append(tr("Sync failed: %1").arg(error));
    return parts.join(QStringLiteral(" · "));
}

} // namespace oqy
