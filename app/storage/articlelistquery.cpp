#include "articlelistquery.h"

#include "database.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace oqy {

namespace {

constexpr const char *RowColumns
    = "SELECT a.id, a.feed_id, coalesce(nullif(f.title, ''), f.url), a.title, a.url, a.published, "
      "s.read, s.bookmarked, "
      "(SELECT group_concat(region) FROM article_regions r WHERE r.article_id = a.id) "
      "FROM articles a JOIN feeds f ON f.id = a.feed_id JOIN statuses s ON s.article_id = a.id ";

ArticleRow readRow(const Statement &st)
{
    ArticleRow row;
    row.id = st.int64(0);
    row.feedId = st.int64(1);
    row.feedTitle = st.text(2);
    row.title = st.text(3);
    row.url = st.text(4);
    row.published = st.dateTime(5);
    row.read = st.int64(6) != 0;
    row.bookmarked = st.int64(7) != 0;
    if (!st.isNull(8))
        row.regions = st.text(8).split(QLatin1Char(','));
    return row;
}

} // namespace

QList<ArticleRow> ArticleListQuery::page(
    const ArticleFilter &filter, const std::optional<PageCursor> &after, int limit)
{
    return query(filter, after, limit, false);
}

QList<ArticleRow> ArticleListQuery::bestMatches(const ArticleFilter &filter, int limit)
{
    return query(filter, std::nullopt, limit, true);
}

QList<ArticleRow> ArticleListQuery::query(
    const ArticleFilter &filter, const std::optional<PageCursor> &after, int limit, bool ranked)
{
    // Bind values are numbered in the order the clauses are added.
    std::string sql = RowColumns;
    sql += "WHERE 1";
    QList<std::function<void(Statement &, int)>> binders;
    auto add = [&](const std::string &clause, std::function<void(Statement &, int)> binder) {
        sql += " AND " + clause;
        binders.append(std::move(binder));
    };
    auto placeholder = [&] { return "?" + std::to_string(binders.size() + 1); };

    if (filter.feedId != 0)
        add("a.feed_id = " + placeholder(),
            [id = filter.feedId](Statement &st, int i) { st.bind(i, id); });
    if (!filter.folder.isEmpty())
        add("a.feed_id IN (SELECT id FROM feeds WHERE folder = " + placeholder() + ")",
            [folder = filter.folder](Statement &st, int i) { st.bind(i, folder); });
    if (filter.unreadOnly)
        sql += " AND s.read = 0";
    if (filter.bookmarkedOnly)
        sql += " AND s.bookmarked = 1";
    if (filter.since.isValid())
        add("a.published >= " + placeholder(),
            [since = filter.since](Statement &st, int i) { st.bind(i, since); });
    if (!filter.regions.isEmpty()) {
        std::string list;
        for (const QString &slug : filter.regions) {
            list += (list.empty() ? "" : ", ") + placeholder();
            binders.append([slug](Statement &st, int i) { st.bind(i, slug); });
        }
        // Checked per row as the list walks newest first (the key is (article_id, region)), rather
        // than collecting every article of a region first: the first page stops early.
        sql += " AND EXISTS (SELECT 1 FROM article_regions r WHERE r.article_id = a.id AND "
               "r.region IN ("
            + list + "))";
    }
    // Words through the full-text index, in any of their forms (searchtext.h).
    SearchText searchText;
    const QString match = searchText.matchExpression(filter.search, [this](const QString &prefix) {
        // The vocabulary (migration 0008) names the terms a prefix covers; many of them (a prefix
        // of two or three letters) and FTS5's own prefix query is as good as anything.
        QStringList terms;
        Statement st = m_db.prepare("SELECT term FROM search_terms WHERE term >= ?1 AND term < ?2 "
                                    "ORDER BY term LIMIT 41");
        st.bind(1, prefix).bind(2, prefix + QChar(0xFFFF));
        while (st.step())
            terms.append(st.text(0));
        st.reset();
        return terms.size() > 40 ? QStringList() : terms;
    });
    bool crowded = false; // ranked, with more matches than are worth scoring
    QString titleHits;
    if (match.isEmpty()) {
        const QString excluded = searchText.exclusionExpression(filter.search);
        if (!excluded.isEmpty())
            add("a.id NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH "
                    + placeholder() + ")",
                [excluded](Statement &st, int i) { st.bind(i, excluded); });
    } else {
        // A common word matches a good part of a million articles, and scoring every match
        // (BM25) is what makes search slow. So: the newest 1,000 matches are taken (FTS5 walks its
        // doclists by rowid, newest first, cheaply); when there are fewer, all of them are scored
        // by BM25; when there are more, the news is what matters — title hits first, then recency.
        QJsonArray newest;
        Statement window = m_db.prepare("SELECT rowid FROM article_search WHERE article_search "
                                        "MATCH ?1 ORDER BY rowid DESC LIMIT 1000");
        window.bind(1, match);
        while (ranked && window.step())
            newest.append(window.int64(0));
        window.reset();
        crowded = ranked && newest.size() >= 1000;
        if (ranked && !crowded) {
            sql.insert(std::string(RowColumns).size(),
                "JOIN article_search ON article_search.rowid = a.id ");
            add("article_search MATCH " + placeholder(),
                [match](Statement &st, int i) { st.bind(i, match); });
        } else if (crowded) {
            // Which of those 1,000 have the words in their title: looked for among them only
            // (rowid range), not through every title of the index (a phrase in titles took 40 ms).
            QJsonArray inTitle;
            Statement title
                = m_db.prepare("SELECT rowid FROM article_search WHERE article_search "
                               "MATCH ?1 AND rowid >= ?2 ORDER BY rowid DESC LIMIT 1000");
            title.bind(1, QStringLiteral("{title} : (%1)").arg(match))
                .bind(2, newest.last().toInteger());
            while (title.step())
                inTitle.append(title.int64(0));
            const auto json = [](const QJsonArray &a) {
                return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
            };
            add("a.id IN (SELECT value FROM json_each(" + placeholder() + "))",
                [ids = json(newest)](Statement &st, int i) { st.bind(i, ids); });
            titleHits = json(inTitle);
        } else {
            add("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH "
                    + placeholder() + ")",
                [match](Statement &st, int i) { st.bind(i, match); });
        }
    }
    if (after) {
        const std::string p1 = placeholder();
        binders.append([c = *after](Statement &st, int i) { st.bind(i, c.published); });
        const std::string p2 = placeholder();
        binders.append([c = *after](Statement &st, int i) { st.bind(i, c.id); });
        const char *beyond = filter.oldestFirst ? " > " : " < ";
        sql += " AND (a.published" + std::string(beyond) + p1 + " OR (a.published = " + p1
            + " AND a.id" + beyond + p2 + "))";
    }
    if (crowded) {
        const std::string p = placeholder();
        binders.append([hits = titleHits](Statement &st, int i) { st.bind(i, hits); });
        sql += " ORDER BY a.id IN (SELECT value FROM json_each(" + p
            + ")) DESC, a.published DESC, "
              "a.id DESC LIMIT "
            + std::to_string(qMax(1, limit));
    } else if (ranked && !match.isEmpty()) {
        // Relevance first (a title hit weighs most), news fading with age: a month counts like
        // one step of BM25 score.
        sql += " ORDER BY bm25(article_search, 6.0, 1.0, 2.0, 2.0) + (unixepoch() - a.published) / "
               "2592000.0, a.id DESC LIMIT "
            + std::to_string(qMax(1, limit));
    } else {
        sql += filter.oldestFirst ? " ORDER BY a.published ASC, a.id ASC LIMIT "
                                  : " ORDER BY a.published DESC, a.id DESC LIMIT ";
        sql += std::to_string(qMax(1, limit));
    }

    Statement st = m_db.prepare(sql);
    for (int i = 0; i < binders.size(); ++i)
        binders[i](st, i + 1);
    QList<ArticleRow> rows;
    while (st.step())
        rows.append(readRow(st));
    return rows;
}

QList<ArticleRow> ArticleListQuery::fetchedSince(
    const QDateTime &fetchedAfter, const QStringList &regions, int limit)
{
    QList<ArticleRow> rows;
    if (regions.isEmpty())
        return rows;
    Statement st = m_db.prepare(std::string(RowColumns)
        + "WHERE a.fetched_at >= ?1 AND EXISTS (SELECT 1 FROM article_regions r WHERE r.article_id "
          "= "
          "a.id AND r.region IN (SELECT value FROM json_each(?2))) ORDER BY a.published DESC, "
          "a.id DESC LIMIT ?3");
    st.bind(1, fetchedAfter)
        .bind(2,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(regions)).toJson(QJsonDocument::Compact)))
        .bind(3, limit);
    while (st.step())
        rows.append(readRow(st));
    return rows;
}

int ArticleListQuery::unreadCount()
{
    Statement st = m_db.prepare("SELECT total(n) FROM unread_by_feed WHERE n > 0");
    st.step();
    const int n = st.integer(0);
    st.reset();
    return n;
}

UnreadCounts ArticleListQuery::unreadCounts(qint64 todayStart)
{
    UnreadCounts counts;
    Statement byFeed = m_db.prepare("SELECT feed_id, n FROM unread_by_feed WHERE n > 0");
    while (byFeed.step()) {
        counts.unreadByFeed.insert(byFeed.int64(0), byFeed.integer(1));
        counts.unread += byFeed.integer(1);
    }
    Statement byRegion = m_db.prepare("SELECT region, n FROM unread_by_region WHERE n > 0");
    while (byRegion.step())
        counts.unreadByRegion.insert(byRegion.text(0), byRegion.integer(1));
    Statement bookmarks = m_db.prepare("SELECT count(*) FROM statuses WHERE bookmarked = 1");
    if (bookmarks.step())
        counts.bookmarks = bookmarks.integer(0);
    // The day's articles are few; the index on the time finds them.
    Statement today = m_db.prepare("SELECT count(*) FROM articles a JOIN statuses s ON "
                                   "s.article_id = a.id WHERE a.published >= ?1 AND s.read = 0");
    today.bind(1, todayStart);
    if (today.step())
        counts.today = today.integer(0);
    return counts;
}

QStringList ArticleListQuery::snippets(const QList<ArticleRow> &rows, const QString &query)
{
    SearchText text;
    Statement body = m_db.prepare("SELECT text FROM article_bodies WHERE article_id = ?1");
    QStringList out;
    for (const ArticleRow &row : rows) {
        QString snippet;
        if (body.bind(1, row.id).step())
            snippet = text.snippet(body.text(0), query);
        body.reset();
        if (!snippet.contains(QLatin1Char('[')))
            snippet = text.snippet(row.title, query);
        out.append(snippet);
    }
    return out;
}

std::optional<ArticleRow> ArticleListQuery::row(qint64 id)
{
    Statement st = m_db.prepare(std::string(RowColumns) + "WHERE a.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

QSet<qint64> ArticleListQuery::stored(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    Statement st = m_db.prepare(
        "SELECT a.id FROM articles a WHERE a.id IN (SELECT value FROM json_each(?1))");
    st.bind(1, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    QSet<qint64> found;
    while (st.step())
        found.insert(st.int64(0));
    return found;
}

} // namespace oqy
