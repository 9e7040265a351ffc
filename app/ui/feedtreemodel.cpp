#include "feedtreemodel.h"

#include "articlerenderer.h"
#include "datetext.h"
#include "core/region.h"
#include "engine/session.h"
#include "storage/articlelistquery.h"
#include "storage/feedstore.h"
#include "storage/sqlerror.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace oqy {

FeedTreeModel::FeedTreeModel(Session &session, QObject *parent)
    : QStandardItemModel(parent)
    , m_session(session)
{
    setHorizontalHeaderLabels({ tr("Feeds") });
    const struct
    {
        View view;
        QString title;
        QStyle::StandardPixmap icon;
    } views[] = {
        { View::All, tr("All articles"), QStyle::SP_DirHomeIcon },
        { View::Unread, tr("Unread"), QStyle::SP_FileDialogNewFolder },
        { View::Today, tr("Today"), QStyle::SP_FileDialogDetailedView },
        { View::Bookmarks, tr("Bookmarks"), QStyle::SP_CustomBase },
    };
    for (const auto &v : views) {
        auto *item = new QStandardItem(v.icon == QStyle::SP_CustomBase
                ? QIcon(QStringLiteral(":/icons/bookmark-on.svg"))
                : QApplication::style()->standardIcon(v.icon),
            v.title);
        item->setEditable(false);
        item->setData(int(v.view), ViewRole);
        item->setData(v.title, Qt::AccessibleTextRole);
        item->setData(v.title, Qt::UserRole + 100); // plain title, without the count
        appendRow(item);
        m_views.insert(v.view, item);
    }
    m_feedsRoot = new QStandardItem(
        QApplication::style()->standardIcon(QStyle::SP_DirIcon), tr("Subscriptions"));
    m_feedsRoot->setEditable(false);
    m_feedsRoot->setSelectable(false);
    appendRow(m_feedsRoot);
    // By region: every region of Kazakhstan, the way a reader follows the news of home.
    m_regionsRoot
        = new QStandardItem(QApplication::style()->standardIcon(QStyle::SP_DirIcon), tr("Regions"));
    m_regionsRoot->setEditable(false);
    m_regionsRoot->setSelectable(false);
    for (const QString &slug : regionSlugs()) {
        const QString name = ArticleRenderer::regionName(slug, QLocale().name());
        auto *item = new QStandardItem(name);
        item->setEditable(false);
        item->setData(int(View::Region), ViewRole);
        item->setData(slug, RegionRole);
        item->setData(name, Qt::UserRole + 100);
        m_regionsRoot->appendRow(item);
    }
    appendRow(m_regionsRoot);
    reload();
}

void FeedTreeModel::reload()
{
    QList<Feed> feeds;
    try {
        feeds = FeedStore(m_session.reader()).all();
    } catch (const SqlError &) {
        return; // keep what is shown
    }
    // Folders first (by name), then the feeds in none. The same layout as before: the rows are
    // updated in place so that selection and scroll position survive a refresh.
    std::stable_sort(feeds.begin(), feeds.end(), [](const Feed &a, const Feed &b) {
        if (a.folder.isEmpty() != b.folder.isEmpty())
            return !a.folder.isEmpty();
        return QString::localeAwareCompare(a.folder, b.folder) < 0;
    });
    QStringList layout;
    for (const Feed &feed : feeds)
        layout.append(feed.folder + QLatin1Char('\x1f') + QString::number(feed.id));
    const bool sameLayout = layout == m_layout;
    if (!sameLayout) {
        m_feedsRoot->removeRows(0, m_feedsRoot->rowCount());
        m_feedItems.clear();
        m_folderItems.clear();
        m_layout = layout;
    }
    m_feeds = feeds;
    QStandardItem *folderItem = nullptr;
    for (const Feed &feed : std::as_const(m_feeds)) {
        QStandardItem *item = m_feedItems.value(feed.id);
        if (!item) {
            item = new QStandardItem;
            if (!feed.folder.isEmpty()
                && (!folderItem || folderItem->data(FolderRole).toString() != feed.folder)) {
                folderItem = new QStandardItem(
                    QApplication::style()->standardIcon(QStyle::SP_DirIcon), feed.folder);
                folderItem->setEditable(false);
                folderItem->setData(int(View::Folder), ViewRole);
                folderItem->setData(feed.folder, FolderRole);
                folderItem->setData(feed.folder, Qt::UserRole + 100);
                folderItem->setData(feed.folder, Qt::AccessibleTextRole);
                m_feedsRoot->appendRow(folderItem);
                m_folderItems.append(folderItem);
            }
            (feed.folder.isEmpty() ? m_feedsRoot : folderItem)->appendRow(item);
            m_feedItems.insert(feed.id, item);
        }
        item->setEditable(false);
        item->setData(int(View::Feed), ViewRole);
        item->setData(feed.id, FeedIdRole);
        item->setData(feed.displayTitle(), Qt::UserRole + 100);
        item->setData(feed.lastError, ErrorRole);
        // The feed's state, as the reader would ask about it: when it last worked, what went
        // wrong, when Oqy tries again.
        const auto when = [](const QDateTime &t) {
            return t.isValid() ? datetext::full(t) : tr("never");
        };
        QString tip
            = feed.url + QLatin1Char('\n') + tr("Last success: %1").arg(when(feed.lastSuccess));
        if (!feed.lastError.isEmpty())
            tip += QLatin1Char('\n') + tr("Last refresh failed: %1").arg(feed.lastError);
        if (feed.nextAttempt.isValid())
            tip += QLatin1Char('\n')
                + tr("Next try: %1").arg(when(std::max(feed.nextAttempt, feed.retryAfter)));
        item->setToolTip(tip);
        item->setIcon(QApplication::style()->standardIcon(
            feed.lastError.isEmpty() ? QStyle::SP_FileIcon : QStyle::SP_MessageBoxWarning));
        decorate(item, feed.displayTitle(), item->data(UnreadRole).toInt());
    }
    refreshCounts();
}

void FeedTreeModel::refreshCounts()
{
    // The schema keeps the counts (migration 0011): reading them takes about a millisecond with
    // any number of articles, so the GUI thread reads them itself.
    try {
        applyCounts(
            ArticleListQuery(m_session.reader())
                .unreadCounts(QDateTime(QDate::currentDate(), QTime(0, 0)).toSecsSinceEpoch()));
    } catch (const SqlError &) {
        // A busy database: what is shown stays until the next count.
    }
}

void FeedTreeModel::applyCounts(const Counts &counts)
{
    decorate(m_views.value(View::Unread),
        m_views.value(View::Unread)->data(Qt::UserRole + 100).toString(), counts.unread);
    decorate(m_views.value(View::Today),
        m_views.value(View::Today)->data(Qt::UserRole + 100).toString(), counts.today);
    decorate(m_views.value(View::Bookmarks),
        m_views.value(View::Bookmarks)->data(Qt::UserRole + 100).toString(), counts.bookmarks);
    decorate(m_views.value(View::All),
        m_views.value(View::All)->data(Qt::UserRole + 100).toString(), counts.unread);
    for (auto it = m_feedItems.cbegin(); it != m_feedItems.cend(); ++it)
        decorate(it.value(), it.value()->data(Qt::UserRole + 100).toString(),
            counts.unreadByFeed.value(it.key()));
    for (QStandardItem *folder : std::as_const(m_folderItems)) {
        int unread = 0;
        for (int row = 0; row < folder->rowCount(); ++row)
            unread += counts.unreadByFeed.value(folder->child(row)->data(FeedIdRole).toLongLong());
        decorate(folder, folder->data(Qt::UserRole + 100).toString(), unread);
    }
    for (int row = 0; row < m_regionsRoot->rowCount(); ++row) {
        QStandardItem *item = m_regionsRoot->child(row);
        decorate(item, item->data(Qt::UserRole + 100).toString(),
            counts.unreadByRegion.value(item->data(RegionRole).toString()));
    }
    emit countsUpdated();
}

void FeedTreeModel::decorate(QStandardItem *item, const QString &title, int unread) const
{
    item->setData(unread, UnreadRole);
    item->setText(unread > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(unread) : title);
    QFont font = item->font();
    font.setBold(unread > 0);
    item->setFont(font);
    item->setData(unread > 0 ? tr("%1, %n unread", nullptr, unread).arg(title) : title,
        Qt::AccessibleTextRole);
}

QModelIndex FeedTreeModel::indexForFeed(qint64 feedId) const
{
    const QStandardItem *item = m_feedItems.value(feedId);
    return item ? item->index() : QModelIndex();
}

QModelIndex FeedTreeModel::indexForRegion(const QString &slug) const
{
    for (int row = 0; row < m_regionsRoot->rowCount(); ++row)
        if (m_regionsRoot->child(row)->data(RegionRole).toString() == slug)
            return m_regionsRoot->child(row)->index();
    return {};
}

QModelIndex FeedTreeModel::nextWithUnread(const QModelIndex &current) const
{
    QList<QStandardItem *> feeds; // in the tree's order: folders' feeds, then the rest
    for (int row = 0; row < m_feedsRoot->rowCount(); ++row) {
        QStandardItem *item = m_feedsRoot->child(row);
        if (item->hasChildren())
            for (int child = 0; child < item->rowCount(); ++child)
                feeds.append(item->child(child));
        else
            feeds.append(item);
    }
    const qint64 currentFeed = current.data(FeedIdRole).toLongLong();
    qsizetype at = -1;
    for (qsizetype i = 0; i < feeds.size() && currentFeed != 0; ++i)
        if (feeds[i]->data(FeedIdRole).toLongLong() == currentFeed)
            at = i;
    for (qsizetype step = 1; step <= feeds.size(); ++step) {
        QStandardItem *candidate = feeds[(at + step) % feeds.size()];
        if (candidate->data(FeedIdRole).toLongLong() != currentFeed
            && candidate->data(UnreadRole).toInt() > 0)
            return candidate->index();
    }
    return {};
}

QModelIndex FeedTreeModel::indexForView(View view) const
{
    QStandardItem *item = m_views.value(view);
    return item ? item->index() : QModelIndex();
}

} // namespace oqy
