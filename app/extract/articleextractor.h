#pragma once

#include "core/article.h"
#include "siterules.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace oqy {

// What Oqy makes of an article page.
struct ExtractedArticle
{
    QString title;
    QString byline;
    QString siteName;
    QString excerpt;
    QString language; // "ru", "kk", "en"… from the page's markup, else guessed from its letters
    QDateTime published; // UTC; invalid when the page gives none
    LeadImage leadImage;
    QList<PullQuote> pullQuotes;
    QString html; // the body, sanitised (Reader policy), lead photo taken out
    QString text; // its plain text
    QStringList images; // absolute URLs of the images to cache: the lead first, then the body's
    QString encoding; // what the page's bytes were read as
    QString siteRule; // the site rule that chose the body, if one did
    // False when what was found is probably not the whole article (little text, or a small part of
    // the page's text): the reader pane then offers the original page.
    bool complete = false;
    QString error; // set when the page could not be read at all
    double parseMs = 0; // libxml2's parse of the page
    double elapsedMs = 0; // decode + parse + extract + sanitise
};

// Turns an article page (bytes as fetched, its URL, the HTTP content type if known) into an
// ExtractedArticle: metadata first (JSON-LD, OpenGraph, microdata, <time>), then a site rule when
// one matches the host, else content scoring (see extract/contentfinder.h); boilerplate removed,
// the lead photo with its caption and credit, pull quotes with attribution, and a sanitised body.
//
// Pure: no network, no files. One instance per thread; it keeps a cache of class-name verdicts
// that makes a series of pages from the same sites faster.
class ArticleExtractor
{
public:
    explicit ArticleExtractor(extract::SiteRules rules = extract::SiteRules::builtIn());
    ~ArticleExtractor();
    ArticleExtractor(const ArticleExtractor &) = delete;
    ArticleExtractor &operator=(const ArticleExtractor &) = delete;

    ExtractedArticle extract(
        const QByteArray &page, const QUrl &url, const QString &contentType = {});

    // Pages larger than this are refused with an error rather than parsed.
    static constexpr qsizetype MaxPageBytes = 32 * 1024 * 1024;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oqy
