#pragma once

#include "storage/articlestore.h"

#include <QString>
#include <QUrl>

namespace oqy {

// Turns a stored article into the reader pane's page (resources/reader/article.html): outlet,
// date, region chips, title, lead photo with caption and credit, the sanitised body with every
// image pointed at the local cache, and the pull-quotes set apart with their attribution.
class ArticleRenderer
{
public:
    struct Style
    {
        enum class Theme { System, Light, Dark };
        Theme theme = Theme::System;
        int fontSize = 18;
        bool serif = true;

        friend bool operator==(const Style &, const Style &) = default;
    };

    static constexpr const char *Scheme = "oqy-cache";

    static QString render(
        const StoredArticle &article, const Style &style, const QString &uiLanguage);
    // A page for "nothing selected" and for errors.
    static QString message(const QString &text, const Style &style);

    // oqy-cache://image/?u=<original> — what the page asks the cache for instead of the network.
    static QUrl cacheUrlFor(const QString &imageUrl);
    static QString originalUrlOf(const QUrl &cacheUrl);
    // Rewrites every <img src> (and srcset, poster) of sanitised HTML to the cache scheme.
    static QString pointImagesAtCache(const QString &html);
    static QString regionName(const QString &slug, const QString &uiLanguage);
};

} // namespace oqy
