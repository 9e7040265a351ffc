#pragma once

#include "storage/articlefilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace oqy {

class Database;

// The middle pane: the articles of the current view and filters, newest first. Pages of 200 rows
// are fetched as the view scrolls (canFetchMore/fetchMore, keyset paging), so a view of a million
// articles opens as fast as one of ten. After a refresh, newer articles are inserted at the top
// instead of reloading everything.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, RegionColumn, TimeColumn, ColumnCount };
    // SnippetRole (title column, while searching): the passage that matched, hits in [brackets].
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReadRole,
        BookmarkedRole,
        UrlRole,
        PublishedRole,
        SnippetRole
    };
    static constexpr int PageSize = 200;
    // A search lists its best matches, ranked, not every match by date: this many.
    static constexpr int SearchResults = 200;

    explicit ArticleListModel(Database &reader, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const ArticleRow *rowAt(int row) const;
    int rowOf(qint64 articleId) const;
    // Re-reads one article's row (after it was marked read or bookmarked).
    void refreshArticle(qint64 articleId);
    // Sets the state locally, before the writer confirms, so that the list reacts at once.
    void setRead(qint64 articleId, bool read);
    void setBookmarked(qint64 articleId, bool bookmarked);
    // Inserts articles newer than the first row (after a refresh).
    void insertNewer();
    // Drops the rows of articles no longer stored (after retention): the list never offers an
    // article that cannot be opened.
    void removeMissing();

signals:
    void loadFailed(const QString &error);

private:
    void emitRowChanged(int row);

    Database &m_reader;
    ArticleFilter m_filter;
    QList<ArticleRow> m_rows;
    QStringList m_snippets; // parallel to m_rows while searching, else empty
    bool m_atEnd = false;
};

} // namespace oqy
