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

// An article or photo address Oqy may open or download, resolved against `base`: http(s) only
// (a javascript:, file: or oqy-cache: link is dropped, never handed to the browser or fetcher).
QString webAddress(const QUrl &base, const QString &link);

// The first <img src> of sanitised HTML (so src is absolute and safe), data: images aside.
QString firstImage(const QString &html);

} // namespace oqy::feeds
