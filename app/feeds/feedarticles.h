#pragma once

#include "core/article.h"
#include "feeddocument.h"

#include <QList>
#include <QUrl>

namespace oqy::feeds {

// What a refresh keeps from a parsed feed: its own title and site, and its items as Articles.
struct FeedItems
{
    QString title;
    QString siteUrl;
    QString language;
    QList<Article> articles;
};

// Normalises each entry for storage: a stable guid, plain-text title, the best body the feed carries
// (yandex:full-text/turbo:content, content:encoded, Atom content, then the summary), its plain text,
// and the lead photo with caption and credit (Media RSS, an image enclosure, or the first image).
FeedItems articlesFromFeed(const FeedDocument &doc, const QUrl &feedUrl);

} // namespace oqy::feeds
