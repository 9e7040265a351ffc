#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace oqy {

// Allow-list HTML sanitiser. Two policies:
//  - Reader (default): what reaches the reader pane and the database. Semantic markup with safe
//    attributes only; scripts, styles, frames, objects, forms, SVG/MathML and event handlers are
//    removed with their content; javascript:, vbscript: and non-image data: URLs are dropped;
//    lazy-loading attributes (data-src, srcset) become a real src; tags are balanced so that a
//    fragment cannot break the page it is put into.
//  - FeedCompatible: Python feedparser's sanitiser, reproduced for `oqy-cli parse-feed` and the
//    conformance suite (its allow-lists, attribute order, comments kept, no balancing). Its output
//    is data for comparison, never shown: the reader pane re-sanitises with the Reader policy.
// Relative URLs are made absolute against `base` in both.
class HtmlSanitizer
{
public:
    enum class Policy { Reader, FeedCompatible };

    struct Options
    {
        QUrl base;
        Policy policy = Policy::Reader;
        // Reader only: keep inline style declarations from a short list of harmless properties.
        bool keepStyles = true;
        // When set, receives the plain text of what was kept (as htmlToPlainText would give it),
        // computed in the same pass.
        QString *plainText = nullptr;
    };

    static QString sanitize(QStringView html, const Options &options);

    // Resolves `url` against `base` and returns it when its scheme is safe for the attribute
    // (http, https, mailto, …; data: only for images); empty when it must be dropped.
    static QString safeUrl(const QString &url, const QUrl &base, bool image);
    // Filters a style attribute down to the allowed properties; empty when nothing survives.
    static QString safeStyle(const QString &style, Policy policy = Policy::Reader);
};

} // namespace oqy
