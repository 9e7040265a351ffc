#include "leadimage.h"

#include "contentfinder.h"
#include "credits.h"
#include "domutil.h"
#include "htmltext.h"
#include "pagecleanup.h"

#include <QRegularExpression>

#include <cstring>

namespace oqy::extract {

namespace {

constexpr int MaxCaptionLength = 400;

bool classMentions(const xmlNode *n, std::initializer_list<const char *> words)
{
    for (const char *attr : { "class", "id", "itemprop" }) {
        const char *v = attributeValue(n, attr);
        if (!v)
            continue;
        QByteArray lower(v);
        lower = lower.toLower();
        for (const char *w : words)
            if (lower.contains(w))
                return true;
    }
    return false;
}

bool isCreditElement(const xmlNode *n)
{
    return classMentions(n,
        { "credit", "copyright", "photographer", "photo-source", "photo_source", "image-source",
            "img-source", "photo-author", "source", "author" });
}

bool isTinyImage(const xmlNode *img)
{
    for (const char *attr : { "width", "height" }) {
        const char *v = attributeValue(img, attr);
        if (v && *v && std::atoi(v) > 0 && std::atoi(v) < 100)
            return true;
    }
    return classMentions(img, { "avatar", "logo", "icon", "emoji", "author" });
}

} // namespace

QString imageIdentity(const QString &url)
{
    QString name = QUrl(url).path().section(QLatin1Char('/'), -1).toLower();
    name = name.section(QLatin1Char('.'), 0, 0);
    static const QRegularExpression sizeSuffix(
        QStringLiteral("[-_](\\d{2,4}x\\d{2,4}|scaled|thumb|large|medium|small|xl|l|m|s)$"));
    name.remove(sizeSuffix);
    return name;
}

bool LeadImageFinder::isCaptionElement(xmlNode *n)
{
    const Tag t = m_dom.tag(n);
    if (t == Tag::Figcaption)
        return true;
    return classMentions(n,
        { "caption", "credit", "copyright", "photo-source", "photo_source", "signature", "podpis",
            "img-desc", "image-desc", "photo-desc", "photo-info", "image-info", "description",
            "wp-caption-text", "source" });
}

// The smallest element that holds the image and what belongs to it (link, picture, figure…),
// without taking any of the article's text.
xmlNode *LeadImageFinder::blockAround(xmlNode *img)
{
    xmlNode *block = img;
    for (xmlNode *parent = img->parent; parent && parent->type == XML_ELEMENT_NODE;
         parent = parent->parent) {
        const Tag t = m_dom.tag(parent);
        if (t == Tag::Body || t == Tag::Article || t == Tag::Main || t == Tag::Html)
            break;
        const NodeStats &s = m_dom.stats(parent);
        if (s.images > 1 || s.paragraphs > 2)
            break;
        // Only what the image, its caption and its credit can account for.
        int captionText = 0;
        for (xmlNode *c = firstElementChild(parent); c; c = nextElementSibling(c))
            if (isCaptionElement(c) || isCreditLine(dom::normalisedText(c)))
                captionText += m_dom.textLength(c);
        if (s.text.trimmed() - captionText > 0 && t != Tag::Figure)
            break;
        if (s.text.trimmed() > MaxCaptionLength)
            break;
        block = parent;
    }
    return block;
}

LeadImage LeadImageFinder::describe(
    xmlNode *img, xmlNode *block, std::vector<xmlNode *> &captionNodes)
{
    LeadImage lead;
    lead.url = m_base.resolved(QUrl(imageSource(img))).toString();
    QStringList captions;
    QString credit;
    QString creditLine;

    auto take = [&](xmlNode *n) {
        // A credit element inside a caption ("<figcaption>Текст <span class=credit>Фото:
        // X</span>").
        for (xmlNode *c = firstElementChild(n); c; c = nextElementWithin(c, n)) {
            if (isCreditElement(c)) {
                const QString t = dom::normalisedText(c);
                if (credit.isEmpty()) {
                    const CaptionParts parts = splitCaption(t);
                    credit = isCreditLine(t) ? parts.credit : cleanAttribution(t);
                    creditLine = parts.creditLine;
                }
                m_dom.remove(c);
                break;
            }
        }
        const QString text = dom::normalisedText(n);
        if (!text.isEmpty()) {
            const CaptionParts parts = isCreditElement(n) && !isCreditLine(text)
                ? CaptionParts { QString(), text, QString() }
                : splitCaption(text);
            if (!parts.caption.isEmpty())
                captions.append(parts.caption);
            if (!parts.credit.isEmpty() && credit.isEmpty()) {
                credit = parts.credit;
                creditLine = parts.creditLine;
            }
        }
        captionNodes.push_back(n);
    };

    // Inside the block: figcaption and caption-like elements.
    if (block != img) {
        for (xmlNode *n = firstElementChild(block); n;) {
            if (n != img && m_dom.tag(n) != Tag::Img
                && (isCaptionElement(n) || isCreditLine(dom::normalisedText(n)))) {
                xmlNode *next = nextElementWithin(n, block, true);
                take(n);
                n = next;
            } else {
                n = nextElementWithin(n, block);
            }
        }
    }
    // After the block: a caption or credit line of its own (up to two of them).
    xmlNode *next = nextElementSibling(block);
    for (int i = 0; next && i < 2; ++i) {
        const QString text = dom::normalisedText(next);
        const bool credit_ = isCreditLine(text);
        if (text.isEmpty() || text.size() > MaxCaptionLength || m_dom.stats(next).images > 0)
            break;
        if (!credit_ && !isCaptionElement(next))
            break;
        xmlNode *after = nextElementSibling(next);
        take(next);
        next = after;
    }
    if (captions.isEmpty()) {
        // <img title> is a caption on some CMSs; alt usually repeats the headline, so it is not.
        const char *title = attributeValue(img, "title");
        if (title && *title)
            captions.append(collapseWhitespace(QString::fromUtf8(title)));
    }
    lead.caption = captions.join(QLatin1Char(' '));
    lead.credit = credit;
    lead.creditLine = creditLine;
    return lead;
}

LeadImage LeadImageFinder::takeImage(xmlNode *img)
{
    if (!img || m_dom.tag(img) != Tag::Img || imageSource(img).isEmpty())
        return {};
    xmlNode *block = blockAround(img);
    std::vector<xmlNode *> captionNodes;
    LeadImage lead = describe(img, block, captionNodes);
    for (xmlNode *n : captionNodes)
        m_dom.remove(n);
    m_dom.remove(block);
    return lead;
}

LeadImage LeadImageFinder::takeNamedImage(xmlNode *root, const QString &metadataImage)
{
    if (metadataImage.isEmpty() || !root)
        return {};
    const QString wanted = m_base.resolved(QUrl(metadataImage)).toString();
    const QString identity = imageIdentity(wanted);
    for (xmlNode *img : descendantsWithTag(m_dom, root, Tag::Img)) {
        const QString src = imageSource(img);
        if (src.isEmpty())
            continue;
        const QString url = m_base.resolved(QUrl(src)).toString();
        if (url == wanted || (!identity.isEmpty() && imageIdentity(url) == identity)) {
            // Skip copies in teasers and link lists: the lead photo is not a link to another page.
            if (hasAncestorTag(m_dom, img, Tag::Li, 4) || hasAncestorTag(m_dom, img, Tag::Nav, -1))
                continue;
            LeadImage lead = takeImage(img);
            if (!lead.isEmpty()) {
                return lead;
            }
        }
    }
    return {};
}

LeadImage LeadImageFinder::takeFirstImage(xmlNode *article)
{
    // The first image counts as the lead only when it comes before the text.
    int textBefore = 0;
    for (xmlNode *n = firstElementChild(article); n;) {
        const Tag t = m_dom.tag(n);
        if (t == Tag::Img) {
            if (!isTinyImage(n) && !imageSource(n).isEmpty())
                return takeImage(n);
            n = nextElementWithin(n, article, true);
        } else if (t == Tag::P || isHeading(t) || t == Tag::Li || t == Tag::Blockquote) {
            if (m_dom.stats(n).images == 0) {
                textBefore += m_dom.textLength(n);
                if (textBefore > 120)
                    return {};
                n = nextElementWithin(n, article, true);
            } else {
                n = nextElementWithin(n, article);
            }
        } else {
            n = nextElementWithin(n, article);
        }
    }
    return {};
}

void LeadImageFinder::attachInlineCredits(xmlNode *article)
{
    for (xmlNode *img : descendantsWithTag(m_dom, article, Tag::Img)) {
        if (!img->parent)
            continue;
        xmlNode *block = blockAround(img);
        xmlNode *line = nextElementSibling(block);
        if (!line || !isCreditLine(dom::normalisedText(line)) || m_dom.tag(line) == Tag::Figcaption)
            continue;
        // <figure><img><figcaption>Фото: X</figcaption></figure>: the line joins the image.
        xmlNode *figure = block;
        if (m_dom.tag(block) != Tag::Figure) {
            figure = m_dom.createElement("figure");
            m_dom.insertBefore(block, figure);
            m_dom.appendChild(figure, block);
        }
        m_dom.setTag(line, "figcaption");
        m_dom.appendChild(figure, line);
    }
}

} // namespace oqy::extract
