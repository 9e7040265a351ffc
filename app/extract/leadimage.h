#pragma once

#include "classhints.h"
#include "core/article.h"
#include "scoringdom.h"

#include <QUrl>

// The article's lead photo and the caption and credit printed with it, taken out of the body (the
// reader pane shows it above the text) — and credit lines under the other photos, attached to them.
namespace oqy::extract {

class LeadImageFinder
{
public:
    LeadImageFinder(ScoringDom &dom, ClassHintCache &hints, const QUrl &base)
        : m_dom(dom)
        , m_hints(hints)
        , m_base(base)
    { }

    // The image the page names in its metadata (og:image, JSON-LD), when the page shows it:
    // found anywhere in the page, before the article is looked for, so that a photo above the text
    // container is not lost. Its block (image, caption, credit line) leaves the page.
    LeadImage takeNamedImage(xmlNode *root, const QString &metadataImage);
    // Otherwise the article's first image when no text comes before it.
    LeadImage takeFirstImage(xmlNode *article);
    // A specific image element (a site rule's choice).
    LeadImage takeImage(xmlNode *img);

    // «Фото: …» lines under the photos left in the body become those photos' captions.
    void attachInlineCredits(xmlNode *article);

private:
    xmlNode *blockAround(xmlNode *img);
    LeadImage describe(xmlNode *img, xmlNode *block, std::vector<xmlNode *> &captionNodes);
    bool isCaptionElement(xmlNode *n);

    ScoringDom &m_dom;
    ClassHintCache &m_hints;
    QUrl m_base;
};

// The part of an image URL that stays the same across a site's size variants
// (".../thumb_b/photo_1.jpeg" and ".../photo_1-1024x683.jpeg" both give "photo_1").
QString imageIdentity(const QString &url);

} // namespace oqy::extract
