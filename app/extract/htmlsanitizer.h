#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace oqy {

// Allow-list HTML sanitiser: what reaches the reader pane (and Oqy's JSON) is semantic markup with
// safe attributes only. Scripts, styles, frames, objects, forms and event handlers are removed;
// javascript:, vbscript: and data: URLs (except data: images) are dropped; relative URLs are made
// absolute against `base`; lazy-loading attributes (data-src, data-original, srcset) become a real
// src; tags are balanced so that a fragment cannot break the page it is put into.
class HtmlSanitizer
{
public:
    struct Options
    {
        QUrl base;
        // Keep inline style declarations from a short list of harmless properties (text-align,
        // colour, …); the reader pane's own stylesheet otherwise decides the look.
        bool keepStyles = true;
    };

    static QString sanitize(QStringView html, const Options &options);

    // Resolves `url` against `base` and returns it when its scheme is safe for the attribute
    // (http, https, mailto, …; data: only for images); empty when it must be dropped.
    static QString safeUrl(const QString &url, const QUrl &base, bool image);
    // Filters a style attribute down to the allowed properties; empty when nothing survives.
    static QString safeStyle(const QString &style);
};

} // namespace oqy
