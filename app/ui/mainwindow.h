#pragma once

#include "storage/articlefilter.h"

#include "articlerenderer.h"
#include "core/credentials.h"
#include "engine/refresh.h"

#include <QMainWindow>
#include <QSet>
#include <chrono>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QSplitter;
class QTimer;
class QTreeView;

namespace oqy {

class RegionFilterButton;

class ArticleListModel;
class FeedTreeModel;
class ReaderPane;
class Session;

// Oqy's window: subscriptions (left), the article list (middle), the reader pane (right), a
// toolbar with refresh, search, region filter and bookmark, and refresh progress in the status
// bar. Everything it shows comes from the database; the network only feeds the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The reader pane, made now if the window has not made it yet; null when its library cannot
    // be loaded (the placeholder then says why).
    ReaderPane *readerView();
    bool hasReaderView() const { return m_reader != nullptr; }
    // How long the window waits without a key, click or wheel turn before it makes the reader
    // pane by itself (2 s by default); the first article opened makes it at once.
    void setReaderIdleDelay(std::chrono::milliseconds delay);
    QTreeView *articleView() const { return m_articleView; }
    QTreeView *feedView() const { return m_feedView; }
    ArticleListModel *articleModel() const { return m_articles; }
    FeedTreeModel *feedModel() const { return m_feeds; }
    QLineEdit *searchBox() const { return m_search; }
    RegionFilterButton *regionFilter() const { return m_regions; }
    // What the last refresh notified about (new articles in the chosen regions); empty for none.
    QString lastNotification() const { return m_lastNotification; }

public slots:
    void refreshAll();
    // The feeds that are due (automatic refresh; quiet when there are none).
    void refreshDue();
    // Removes what the retention settings no longer keep (never bookmarks), off the GUI thread.
    void applyRetention();
    // An integrity check on its own read-only connection, off the GUI thread: once a week the
    // whole file, at other starts the read and bookmark state (start-up itself checks a database
    // above 8 MB only in its small tables and the first page of the others). Damage found is
    // repaired at the next start; the reader is told.
    void checkDatabaseInBackground();
    void addFeed();
    // Feeds → Sync account…: a Tiny Tiny RSS account, then a first sync.
    void addAccount();
    // Subscribes to the address as it is (a feed, or a news-list page), then downloads it.
    void subscribe(const QString &address, bool newsList);
    // Subscribes to outlets picked from the directory (on first run: the reader's regions).
    void addOutlets(bool firstRun = false);
    void importSubscriptions();
    void exportSubscriptions();
    void toggleBookmark();
    // Settings… (Ctrl+,): the dialog, then its values put to work.
    void editSettings();
    // Reader style, offline mode and proxy from the settings (at start and after the dialog).
    void applySettings();
    // Asks for the note kept with the selected article's bookmark (bookmarking it).
    void editNote();
    void toggleRead();
    void openOriginal();
    void selectNext(int step);
    // n: the next unread article below the selection (fetching pages as needed), then from the
    // top of the list, then in the next feed with unread articles.
    void selectNextUnread();
    // Space: pages down the article; at its end, the next unread article.
    void scrollOrNext();
    // Marks every unread article of the view read; undoMarkAllRead() gives them back.
    void markAllRead();
    void undoMarkAllRead();
    // The proxy's user and password into the keychain (the settings only note that they exist).
    void setProxyCredentials(const Credentials &credentials);
    // Asks for a feed's credentials, keeps them in the system keychain, refreshes the feed.
    void askCredentials(qint64 feedId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyPalette(ArticleRenderer::Style::Theme theme);
    void createActions();
    void createLayout();
    void restoreLayout();
    void applyFilter();
    void showCurrentArticle();
    void markRead(qint64 articleId, bool read);
    void onFeedFinished(const FeedOutcome &outcome);
    void onRefreshFinished(const RefreshReport &report);
    void ensureReader();
    void showReaderMessage(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;
    RetentionPolicy retentionPolicy() const;
    RefreshPlan refreshPlan(RefreshTarget::Selection selection) const;
    void startRefresh(const RefreshPlan &plan);
    // A refresh of these feeds now (just added, or given credentials).
    void refreshFeedsNow(const QList<qint64> &feedIds);
    // The tree and the list take what a refresh stored.
    void showNewArticles();
    // Rows of articles retention removed leave the list; the counts follow.
    void dropRemovedArticles();
    // What the reader pane says while no article is selected, for the window as it is now.
    void updateEmptyMessage();
    QString statusAfterRefresh(const RefreshReport &report) const;
    void setOffline(bool offline);
    QModelIndex selectedArticle() const;
    // Selects the first unread row in [from, to) (to < 0: to the end, fetching pages); false if none.
    bool selectUnreadIn(int from, int to);
    qint64 currentArticleId() const;

    Session &m_session;
    QSettings &m_settings;
    FeedTreeModel *m_feeds;
    ArticleListModel *m_articles;
    QTreeView *m_feedView;
    QTreeView *m_articleView;
    ReaderPane *m_reader = nullptr; // made on first use or when idle (ensureReader())
    bool m_readerFailed = false; // its library did not load: the placeholder says why
    class QLabel *m_readerSlot; // its place in the splitter until then
    ArticleRenderer::Style m_readerStyle;
    // Makes the reader pane once the reader has left the keyboard and mouse alone for a moment
    // after start, so that the first article opens as quickly as the next ones.
    QTimer *m_prepareReader = nullptr;
    QSplitter *m_splitter;
    QLineEdit *m_search;
    RegionFilterButton *m_regions;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTimer *m_searchDelay;
    QAction *m_refreshAction = nullptr;
    class QTimer *m_countsTimer = nullptr; // recounts unread shortly after marks, once per burst
    QAction *m_noteAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_undoAction = nullptr;
    QList<qint64> m_lastMarkedRead; // what "Undo mark all read" gives back
    class TrayIcon *m_tray = nullptr;
    QDateTime m_refreshStarted; // for "new in your regions" after it
    QString m_lastNotification;
    QSet<qint64> m_askedCredentials; // feeds whose credentials were asked for in this session
    QList<qint64> m_credentialQueue; // feeds waiting for that question
    QAction *m_bookmarkAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_offlineAction = nullptr;
    ArticleFilter m_viewFilter;
    bool m_diskFullShown = false;
};

} // namespace oqy
