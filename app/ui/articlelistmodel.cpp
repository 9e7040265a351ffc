#include "articlelistmodel.h"

#include "articlerenderer.h"
#include "datetext.h"
#include "storage/articlelistquery.h"
#include "storage/sqlerror.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace oqy {

ArticleListModel::ArticleListModel(Database &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{ }

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_snippets.clear();
    m_atEnd = false;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<PageCursor> after;
    if (!m_rows.isEmpty())
        after
            = PageCursor { m_rows.constLast().published.toSecsSinceEpoch(), m_rows.constLast().id };
    QList<ArticleRow> page;
    QStringList snippets;
    const bool searching = !m_filter.search.trimmed().isEmpty();
    try {
        ArticleListQuery query(m_reader);
        if (searching) {
            // Ranked by relevance and recency, in one go: paging by date does not apply.
            page = query.bestMatches(m_filter, SearchResults);
            snippets = query.snippets(page, m_filter.search);
        } else {
            page = query.page(m_filter, after, PageSize);
        }
    } catch (const SqlError &e) {
        m_atEnd = true;
        emit loadFailed(e.message());
        return;
    }
    m_atEnd = searching || page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    m_snippets += snippets;
    endInsertRows();
}

void ArticleListModel::removeMissing()
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const ArticleRow &row : std::as_const(m_rows))
        ids.append(row.id);
    QSet<qint64> stored;
    try {
        stored = ArticleListQuery(m_reader).stored(ids);
    } catch (const SqlError &e) {
        emit loadFailed(e.message());
        return;
    }
    // From the end, in runs, so that the view keeps its place.
    for (qsizetype end = m_rows.size(); end > 0;) {
        if (stored.contains(m_rows.at(end - 1).id)) {
            --end;
            continue;
        }
        qsizetype first = end - 1;
        while (first > 0 && !stored.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, int(first), int(end - 1));
        m_rows.remove(first, end - first);
        if (!m_snippets.isEmpty())
            m_snippets.remove(first, end - first);
        endRemoveRows();
        end = first;
    }
}

void ArticleListModel::insertNewer()
{
    // Search results stay as they are while the reader goes through them; the next search sees
    // the new articles.
    if (!m_filter.search.trimmed().isEmpty())
        return;
    if (m_rows.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    if (m_filter.oldestFirst) {
        // New articles belong at the end: once the list has reached it, the next page brings them.
        if (m_atEnd) {
            m_atEnd = false;
            fetchMore({});
        }
        return;
    }
    // Everything after the current first row, newest first; fetched in pages until it meets it.
    const ArticleRow &first = m_rows.constFirst();
    QList<ArticleRow> newer;
    try {
        std::optional<PageCursor> after;
        while (true) {
            const QList<ArticleRow> page
                = ArticleListQuery(m_reader).page(m_filter, after, PageSize);
            bool reached = false;
            for (const ArticleRow &row : page) {
                if (row.published < first.published
                    || (row.published == first.published && row.id <= first.id)) {
                    reached = true;
                    break;
                }
                newer.append(row);
            }
            if (reached || page.size() < PageSize)
                break;
            after
                = PageCursor { page.constLast().published.toSecsSinceEpoch(), page.constLast().id };
        }
    } catch (const SqlError &e) {
        emit loadFailed(e.message());
        return;
    }
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size() - 1));
    m_rows = newer + m_rows;
    endInsertRows();
}

const ArticleRow *ArticleListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == articleId)
            return i;
    return -1;
}

void ArticleListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::refreshArticle(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    try {
        if (auto fresh = ArticleListQuery(m_reader).row(articleId)) {
            m_rows[row] = *fresh;
            emitRowChanged(row);
        }
    } catch (const SqlError &) { }
}

void ArticleListModel::setRead(qint64 articleId, bool read)
{
    const int row = rowOf(articleId);
    if (row >= 0 && m_rows[row].read != read) {
        m_rows[row].read = read;
        emitRowChanged(row);
    }
}

void ArticleListModel::setBookmarked(qint64 articleId, bool bookmarked)
{
    const int row = rowOf(articleId);
    if (row >= 0 && m_rows[row].bookmarked != bookmarked) {
        m_rows[row].bookmarked = bookmarked;
        emitRowChanged(row);
    }
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const ArticleRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::AccessibleTextRole) {
                QString text = row->title;
                if (!row->read)
                    text = tr("Unread: %1").arg(text);
                if (row->bookmarked)
                    text = tr("%1, bookmarked").arg(text);
                return text;
            }
            return row->title;
        case OutletColumn:
            return row->feedTitle;
        case RegionColumn: {
            QStringList names;
            for (const QString &slug : row->regions)
                names.append(ArticleRenderer::regionName(slug, QLocale().name()));
            return names.join(QLatin1String(", "));
        }
        case TimeColumn: {
            // Compact: the time for today's articles, the day and month for older ones.
            return datetext::compact(row->published);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            const QString snippet = m_snippets.value(index.row());
            if (snippet.isEmpty())
                return row->title;
            return row->title + QLatin1Char('\n')
                + QString(snippet).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        }
        if (index.column() == TimeColumn)
            return datetext::full(row->published);
        break;
    case Qt::FontRole:
        if (!row->read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && row->bookmarked)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        break;
    case IdRole:
        return row->id;
    case ReadRole:
        return row->read;
    case BookmarkedRole:
        return row->bookmarked;
    case UrlRole:
        return row->url;
    case PublishedRole:
        return row->published;
    case SnippetRole:
        return m_snippets.value(index.row());
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case RegionColumn:
        return tr("Region");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

} // namespace oqy
