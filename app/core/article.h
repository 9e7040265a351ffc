#pragma once

#include "region.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace oqy {

// The photo that opens an article, with the caption and credit readers expect to see under it
// («Фото: Акорда» gives the credit "Акорда").
struct LeadImage
{
    QString url;
    QString caption;
    QString credit; // the name alone: "Акорда"
    QString creditLine; // as the outlet wrote it: «Фото: Акорда»; empty when it gave only a name

    bool isEmpty() const { return url.isEmpty(); }
    friend bool operator==(const LeadImage &, const LeadImage &) = default;
};

// A quotation the article sets apart, with who said it («…», — сказал глава государства).
struct PullQuote
{
    QString text;
    QString attribution;
    friend bool operator==(const PullQuote &, const PullQuote &) = default;
};

// One news item as Oqy stores and shows it. Bodies are sanitised HTML; `text` is the same body as
// plain text for search and region tagging.
struct Article
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid; // stable identity within its feed: guid/atom:id, else the link
    QString url;
    QString title;
    QString author;
    QDateTime published; // UTC; invalid when the feed gave no usable date
    QDateTime updated;
    QString summary; // sanitised HTML from the feed
    QString html; // sanitised full body (feed content or extracted page)
    QString text; // plain text of html (or of summary when there is no body)
    LeadImage leadImage;
    QList<PullQuote> pullQuotes;
    QString language;
    QStringList categories;
    // The regions its title and text name (regions/regiontagger.h), set before it is stored.
    QList<RegionTag> regions;
};

// Per-article reader state, kept apart from the body so that marking read never rewrites an
// article.
struct ArticleStatus
{
    bool read = false;
    bool bookmarked = false;
    QString note; // the reader's note on a bookmark
};

} // namespace oqy
