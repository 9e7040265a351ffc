#include "pullquotes.h"

#include "classhints.h"
#include "contentfinder.h"
#include "credits.h"
#include "domutil.h"
#include "htmltext.h"

#include <QRegularExpression>

#include <cstring>

namespace oqy::extract {

namespace {

QByteArray lowerAttribute(const xmlNode *n, const char *name)
{
    const char *v = attributeValue(n, name);
    return v ? QByteArray(v).toLower() : QByteArray();
}

bool isEmbed(const xmlNode *n)
{
    const QByteArray cls = lowerAttribute(n, "class");
    for (const char *w : { "twitter", "instagram", "tiktok", "telegram", "facebook", "embed" })
        if (cls.contains(w))
            return true;
    return false;
}

bool isQuoteBox(ScoringDom &dom, xmlNode *n)
{
    const Tag t = dom.tag(n);
    if (t == Tag::Blockquote)
        return !isEmbed(n);
    if (t != Tag::Div && t != Tag::Aside && t != Tag::Figure && t != Tag::Section && t != Tag::P)
        return false;
    const QByteArray cls = lowerAttribute(n, "class") + ' ' + lowerAttribute(n, "id");
    return (cls.contains("quote") || cls.contains("citat") || cls.contains("цитат")) && !isEmbed(n);
}

bool isAttributionElement(ScoringDom &dom, xmlNode *n)
{
    const Tag t = dom.tag(n);
    if (t == Tag::Cite || t == Tag::Footer || t == Tag::Figcaption)
        return true;
    const QByteArray cls = lowerAttribute(n, "class");
    for (const char *w :
        { "author", "source", "name", "person", "cite", "caption", "signature", "who" })
        if (cls.contains(w))
            return true;
    return false;
}

} // namespace

QList<PullQuote> collectPullQuotes(ScoringDom &dom, xmlNode *article)
{
    QList<PullQuote> quotes;
    std::vector<xmlNode *> boxes;
    for (xmlNode *n = firstElementChild(article); n;) {
        if (isQuoteBox(dom, n)) {
            boxes.push_back(n);
            n = nextElementWithin(n, article, true); // the outermost box only
        } else {
            n = nextElementWithin(n, article);
        }
    }
    static const QRegularExpression inlineAttribution(
        QStringLiteral("^([«“„\"].+[»”“\"])[\\s,.]*[—–―-]\\s*(.+)$"),
        QRegularExpression::UseUnicodePropertiesOption);

    for (xmlNode *box : boxes) {
        QString attribution;
        std::vector<xmlNode *> attributionNodes;
        for (xmlNode *n = firstElementChild(box); n; n = nextElementWithin(n, box))
            if (isAttributionElement(dom, n) && dom.textLength(n) > 0 && dom.textLength(n) < 250)
                attributionNodes.assign(1, n); // the last one wins
        if (attributionNodes.empty()) {
            // "— отметил …" as the box's last paragraph.
            xmlNode *last = nullptr;
            for (xmlNode *c = firstElementChild(box); c; c = nextElementSibling(c))
                last = c;
            if (last && last != firstElementChild(box)
                && looksLikeAttribution(dom::normalisedText(last)))
                attributionNodes.push_back(last);
        }
        QStringList parts;
        for (xmlNode *c = box->children; c; c = c->next) {
            if (std::find(attributionNodes.begin(), attributionNodes.end(), c)
                != attributionNodes.end())
                continue;
            QString t = dom::normalisedText(c);
            // Attribution nested deeper (blockquote > p > cite).
            for (xmlNode *a : attributionNodes)
                for (xmlNode *p = a->parent; p; p = p->parent)
                    if (p == c) {
                        t.remove(dom::normalisedText(a));
                        break;
                    }
            if (!t.trimmed().isEmpty())
                parts.append(t.trimmed());
        }
        QString text = parts.join(QLatin1Char(' '));
        if (!attributionNodes.empty()) {
            attribution = cleanAttribution(dom::normalisedText(attributionNodes.front()));
        } else if (const auto m = inlineAttribution.match(text);
                   m.hasMatch() && looksLikeAttribution(QStringLiteral("— ") + m.captured(2))) {
            text = m.captured(1);
            attribution = cleanAttribution(m.captured(2));
        } else if (xmlNode *next = nextElementSibling(box); next && dom.tag(next) == Tag::P) {
            const QString line = dom::normalisedText(next);
            if (line.size() < 200 && looksLikeAttribution(line))
                attribution = cleanAttribution(line);
        }
        text = stripQuotationMarks(text);
        if (text.size() < 20)
            continue;
        quotes.append({ text, attribution });

        // Markup the reader pane can style: a blockquote with a cite.
        const Tag t = dom.tag(box);
        if (t != Tag::Blockquote && t != Tag::Figure)
            dom.setTag(box, "blockquote");
        for (xmlNode *a : attributionNodes)
            if (dom.tag(a) != Tag::Cite && dom.tag(a) != Tag::Figcaption
                && dom.tag(a) != Tag::Footer)
                dom.setTag(a, "cite");
    }
    return quotes;
}

} // namespace oqy::extract
