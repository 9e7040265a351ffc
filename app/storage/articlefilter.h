#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace oqy {

// What the article list shows: the selected feed or smart view, combined with the toolbar's
// region filter and search box.
struct ArticleFilter
{
    qint64 feedId = 0; // 0: every feed
    QString folder; // the feeds of this folder; empty: any
    bool unreadOnly = false;
    bool bookmarkedOnly = false;
    QStringList regions; // region slugs; an article matches when it has any of them
    QDateTime since;     // the "Today" view
    QString search;      // words the title or text must contain
    bool oldestFirst = false; // the list's order (a search is ranked either way)

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

// One row of the article list: only what the list paints, never the body.
struct ArticleRow
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString title;
    QString url;
    QDateTime published;
    bool read = false;
    bool bookmarked = false;
    QStringList regions;
};

// Where the next page starts: the list is ordered by (published, id), newest first (or oldest
// first), and paged by key rather than by OFFSET so that page 1,000 costs what page 1 does.
struct PageCursor
{
    qint64 published = 0;
    qint64 id = 0;
};

} // namespace oqy
