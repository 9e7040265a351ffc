#pragma once

#include "core/feed.h"
#include "storage/articlelistquery.h"

#include <QHash>
#include <QStandardItemModel>

namespace oqy {

class Session;

// The left pane: smart views (All, Unread, Today, Bookmarks) and the subscriptions (in their
// folders: an imported OPML's, a sync account's categories), each with its unread count and, when
// the last refresh failed, a warning icon with the error as tooltip. Counting runs off the GUI
// thread; the tree shows the last counts until new ones arrive.
class FeedTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum class View { All, Unread, Today, Bookmarks, Feed, Region, Folder };
    enum Role {
        ViewRole = Qt::UserRole + 1,
        FeedIdRole,
        UnreadRole,
        ErrorRole,
        RegionRole,
        FolderRole
    };

    using Counts = UnreadCounts;

    explicit FeedTreeModel(Session &session, QObject *parent = nullptr);

    // Rebuilds the list of subscriptions from the database and recounts.
    void reload();
    // Reads the unread counts again (kept by the database: cheap).
    void refreshCounts();

    QModelIndex indexForFeed(qint64 feedId) const;
    QModelIndex indexForView(View view) const;
    QModelIndex indexForRegion(const QString &slug) const;
    // The first feed after `current` (in the tree's order, wrapping round) with unread articles;
    // invalid when there is none.
    QModelIndex nextWithUnread(const QModelIndex &current) const;
    const QList<Feed> &feeds() const { return m_feeds; }

signals:
    void countsUpdated();

private:
    void applyCounts(const Counts &counts);
    void decorate(QStandardItem *item, const QString &title, int unread) const;

    Session &m_session;
    QList<Feed> m_feeds;
    QStandardItem *m_feedsRoot = nullptr;
    QHash<qint64, QStandardItem *> m_feedItems;
    QList<QStandardItem *> m_folderItems;
    QStringList m_layout; // folder and id of every feed as shown: rebuilt only when it changes
    QStandardItem *m_regionsRoot = nullptr; // the articles grouped by the region they are about
    QHash<View, QStandardItem *> m_views;
};

} // namespace oqy
