#pragma once

#include "articlefilter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace oqy {

class Database;

// The numbers beside the views, feeds and regions of the window's tree.
struct UnreadCounts
{
    QHash<qint64, int> unreadByFeed; // feeds with unread articles only
    QHash<QString, int> unreadByRegion; // likewise
    int unread = 0;
    int today = 0; // unread and published since the start of the day
    int bookmarks = 0;
};

// Pages of the article list for a filter, newest first.
class ArticleListQuery
{
public:
    explicit ArticleListQuery(Database &db)
        : m_db(db)
    { }

    // Up to `limit` rows after `after` (from the start when empty).
    QList<ArticleRow> page(
        const ArticleFilter &filter, const std::optional<PageCursor> &after, int limit);
    // The rows a search finds, best first (relevance and recency), at most `limit`.
    QList<ArticleRow> bestMatches(const ArticleFilter &filter, int limit);
    // One row by id, for refreshing a row after its state changed.
    std::optional<ArticleRow> row(qint64 id);
    // Which of `ids` are still stored (retention may have removed the others).
    QSet<qint64> stored(const QList<qint64> &ids);
    // Articles stored after `fetchedAfter` that carry one of `regions`, newest first (for the
    // "new in your regions" notification).
    QList<ArticleRow> fetchedSince(
        const QDateTime &fetchedAfter, const QStringList &regions, int limit);
    // How many articles are unread, in all.
    int unreadCount();
    // Read from the counts the schema keeps (migration 0011): as quick with 100,000 articles as
    // with 100. `todayStart`: Unix time of the start of the reader's day.
    UnreadCounts unreadCounts(qint64 todayStart);
    // For each row, the passage that shows why it matched `query`, the matching words in
    // [brackets] (SearchText::snippet): from the body, or the title when only the title matched.
    QStringList snippets(const QList<ArticleRow> &rows, const QString &query);

private:
    QList<ArticleRow> query(const ArticleFilter &filter, const std::optional<PageCursor> &after,
        int limit, bool ranked);
    Database &m_db;
};

} // namespace oqy
