#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <libxml/tree.h>

namespace oqy {

// What a page says about its article outside the article text: JSON-LD (NewsArticle, Article,
// BlogPosting…), OpenGraph and other <meta> tags, schema.org microdata, <time>, <html lang>.
struct PageMetadata
{
    QString title;
    QString byline;
    QString siteName;
    QString excerpt;
    QString language;
    QDateTime published;
    QString image; // absolute URL
    QString jsonLdBody; // JSON-LD articleBody, when the page gives one
    QString
        bylineElement; // the text of the first author element (rel=author, class "author"/"byline")
    QString displayedDate; // the text of a date element ("14 ноября 2026, 08:55"), for pages
                           // without date markup
};

PageMetadata readPageMetadata(xmlDoc *doc, const QUrl &url);

// The page's <title> without the site name around it ("Новость — Tengrinews.kz" → "Новость").
QString cleanTitle(const QString &title, const QString &siteName);

} // namespace oqy
