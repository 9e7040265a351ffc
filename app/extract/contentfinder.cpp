#include "contentfinder.h"

#include "domutil.h"
#include "htmltext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace oqy::extract {

namespace {

constexpr Tag TagsToScore[]
    = { Tag::Section, Tag::H2, Tag::H3, Tag::H4, Tag::H5, Tag::H6, Tag::P, Tag::Td, Tag::Pre };

bool isScoredTag(Tag t)
{
    return std::find(std::begin(TagsToScore), std::end(TagsToScore), t) != std::end(TagsToScore);
}

// Readability's DIV_TO_P_ELEMS: a div holding none of these is really a paragraph.
bool isBlockForDiv(Tag t)
{
    switch (t) {
    case Tag::Blockquote:
    case Tag::Dl:
    case Tag::Div:
    case Tag::Img:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Table:
    case Tag::Ul:
        return true;
    default:
        return false;
    }
}

bool attributeIs(const xmlNode *n, const char *name, const char *value)
{
    const char *v = attributeValue(n, name);
    return v && std::strcmp(v, value) == 0;
}

// Inline styles and attributes that hide an element (Readability's _isProbablyVisible).
bool isProbablyVisible(const xmlNode *n)
{
    if (const char *style = attributeValue(n, "style")) {
        QByteArray s(style);
        s = s.toLower();
        s.replace(' ', "");
        if (s.contains("display:none") || s.contains("visibility:hidden"))
            return false;
    }
    if (attributeValue(n, "hidden"))
        return false;
    if (attributeIs(n, "aria-hidden", "true")) {
        const char *cls = attributeValue(n, "class");
        return cls && std::strstr(cls, "fallback-image");
    }
    return true;
}

bool isUnlikelyRole(const xmlNode *n)
{
    const char *role = attributeValue(n, "role");
    if (!role)
        return false;
    for (const char *r :
        { "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" })
        if (std::strcmp(role, r) == 0)
            return true;
    return false;
}

bool hasChildBlockElement(ScoringDom &dom, xmlNode *root)
{
    for (xmlNode *n = firstElementChild(root); n && n != root;) {
        if (isBlockForDiv(dom.tag(n)))
            return true;
        // Walk the subtree of root without leaving it.
        if (xmlNode *c = firstElementChild(n)) {
            n = c;
            continue;
        }
        while (n && n != root && !nextElementSibling(n))
            n = n->parent;
        if (!n || n == root)
            break;
        n = nextElementSibling(n);
    }
    return false;
}

bool hasNonSpaceTextChild(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !isWhitespaceText(c))
            return true;
    return false;
}

bool hasSingleTagInside(ScoringDom &dom, xmlNode *n, Tag tag)
{
    if (elementChildCount(n) != 1 || dom.tag(firstElementChild(n)) != tag)
        return false;
    return !hasNonSpaceTextChild(n);
}

bool isElementWithoutContent(ScoringDom &dom, xmlNode *n)
{
    const NodeStats &s = dom.stats(n);
    if (s.text.trimmed() != 0)
        return false;
    const int children = elementChildCount(n);
    return children == 0 || children == s.brOrHr;
}

// The video hosts whose embeds stay in an article.
bool isVideoUrl(const char *value)
{
    static const QRegularExpression videos(
        QStringLiteral(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|"
            "(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)"),
        QRegularExpression::CaseInsensitiveOption);
    return value && std::strstr(value, "//") && videos.match(QString::fromUtf8(value)).hasMatch();
}

bool embedIsVideo(xmlNode *n)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->children && isVideoUrl(reinterpret_cast<const char *>(a->children->content)))
            return true;
    if (dom::is(n, "object")) {
        xmlBuffer *buffer = xmlBufferCreate();
        for (xmlNode *c = n->children; c; c = c->next)
            xmlNodeDump(buffer, n->doc, c, 0, 0);
        const bool video = isVideoUrl(reinterpret_cast<const char *>(xmlBufferContent(buffer)));
        xmlBufferFree(buffer);
        return video;
    }
    return false;
}

std::vector<xmlNode *> ancestorsOf(xmlNode *n, int maxDepth)
{
    std::vector<xmlNode *> result;
    for (xmlNode *p = n->parent; p; p = p->parent) {
        result.push_back(p);
        if (maxDepth > 0 && int(result.size()) == maxDepth)
            break;
    }
    return result;
}

bool isElement(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE;
}

// The first sibling from `n` on that is not white-space text (Readability's _nextNode).
xmlNode *nextNonBlank(xmlNode *n)
{
    while (n && n->type != XML_ELEMENT_NODE && isWhitespaceText(n))
        n = n->next;
    while (n && n->type == XML_COMMENT_NODE)
        n = n->next;
    return n;
}

} // namespace

bool isPhrasingContent(ScoringDom &dom, xmlNode *n)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        return true;
    if (n->type != XML_ELEMENT_NODE)
        return false;
    const Tag t = dom.tag(n);
    if (isPhrasingElement(t, reinterpret_cast<const char *>(n->name)))
        return true;
    if (t == Tag::A || t == Tag::Del || t == Tag::Ins) {
        for (xmlNode *c = n->children; c; c = c->next)
            if (!isPhrasingContent(dom, c))
                return false;
        return true;
    }
    return false;
}

bool isWhitespaceNode(ScoringDom &dom, xmlNode *n)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        return isWhitespaceText(n);
    return n->type == XML_ELEMENT_NODE && dom.tag(n) == Tag::Br;
}

bool hasAncestorTag(ScoringDom &dom, const xmlNode *n, Tag tag, int maxDepth,
    const std::function<bool(xmlNode *)> &filter)
{
    int depth = 0;
    for (xmlNode *p = n->parent; isElement(p); p = p->parent, ++depth) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if (dom.tag(p) == tag && (!filter || filter(p)))
            return true;
    }
    return false;
}

std::vector<xmlNode *> descendantsWithTag(ScoringDom &dom, xmlNode *root, Tag tag)
{
    std::vector<xmlNode *> result;
    for (xmlNode *n = firstElementChild(root); n;) {
        if (dom.tag(n) == tag)
            result.push_back(n);
        if (xmlNode *c = firstElementChild(n)) {
            n = c;
            continue;
        }
        while (n != root && !nextElementSibling(n))
            n = n->parent;
        if (n == root)
            break;
        n = nextElementSibling(n);
    }
    return result;
}

double textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(
        QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &t : tokensB)
        if (!tokensA.contains(t))
            uniqueB.append(t);
    const double distance
        = double(uniqueB.join(QLatin1Char(' ')).size()) / tokensB.join(QLatin1Char(' ')).size();
    return 1 - distance;
}

int ContentFinder::classWeight(const xmlNode *n) const
{
    if (!(m_flags & WeightClasses))
        return 0;
    return m_hints.hints(n).weight();
}

void ContentFinder::initializeNode(ScoringDom &dom, xmlNode *n)
{
    NodeInfo &i = dom.info(n);
    i.initialized = true;
    i.score = 0;
    switch (i.tag) {
    case Tag::Div:
        i.score += 5;
        break;
    case Tag::Pre:
    case Tag::Td:
    case Tag::Blockquote:
        i.score += 3;
        break;
    case Tag::Address:
    case Tag::Ol:
    case Tag::Ul:
    case Tag::Dl:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Li:
    case Tag::Form:
        i.score -= 3;
        break;
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Th:
        i.score -= 5;
        break;
    default:
        break;
    }
    i.score += classWeight(n);
}

bool ContentFinder::headerDuplicatesTitle(ScoringDom &dom, xmlNode *n, const QString &title)
{
    const Tag t = dom.tag(n);
    if ((t != Tag::H1 && t != Tag::H2) || title.isEmpty())
        return false;
    return textSimilarity(title, dom::text(n).trimmed()) > 0.75;
}

void ContentFinder::wrapPhrasingContent(ScoringDom &dom, xmlNode *div)
{
    xmlNode *p = nullptr;
    for (xmlNode *child = div->children; child;) {
        xmlNode *next = child->next;
        if (isPhrasingContent(dom, child)) {
            if (p) {
                dom.appendChild(p, child);
            } else if (!isWhitespaceNode(dom, child)) {
                p = dom.createElement("p");
                dom.insertBefore(child, p);
                dom.appendChild(p, child);
            }
        } else if (p) {
            while (p->last && isWhitespaceNode(dom, p->last))
                dom.remove(p->last);
            p = nullptr;
        }
        child = next;
    }
    if (p)
        while (p->last && isWhitespaceNode(dom, p->last))
            dom.remove(p->last);
}

xmlNode *ContentFinder::grab(
    ScoringDom &dom, unsigned flags, const Options &options, QString &byline)
{
    m_flags = flags;
    xmlNode *page = dom.body();
    if (!page)
        return nullptr;

    std::vector<xmlNode *> toScore;
    bool removeTitleHeader = true;
    auto removeAndNext = [&](xmlNode *n) {
        xmlNode *next = nextElement(n, true);
        dom.remove(n);
        return next;
    };

    for (xmlNode *node = xmlDocGetRootElement(dom.doc()); node;) {
        const Tag t = dom.tag(node);
        if (!isProbablyVisible(node)) {
            node = removeAndNext(node);
            continue;
        }
        if (attributeIs(node, "aria-modal", "true") && attributeIs(node, "role", "dialog")) {
            node = removeAndNext(node);
            continue;
        }
        const unsigned hints = t == Tag::Html || t == Tag::Body ? 0 : m_hints.hints(node).any();
        if (byline.isEmpty() && !options.haveByline) {
            const char *rel = attributeValue(node, "rel");
            const char *itemprop = attributeValue(node, "itemprop");
            const bool looksLikeByline = (rel && std::strcmp(rel, "author") == 0)
                || (itemprop && std::strstr(itemprop, "author")) || (hints & Byline);
            const int length = looksLikeByline ? dom.textLength(node) : 0;
            if (looksLikeByline && length > 0 && length < 100) {
                xmlNode *end = nextElement(node, true);
                xmlNode *nameNode = node;
                for (xmlNode *n = nextElement(node); n && n != end; n = nextElement(n)) {
                    const char *prop = attributeValue(n, "itemprop");
                    if (prop && std::strstr(prop, "name")) {
                        nameNode = n;
                        break;
                    }
                }
                byline = dom::normalisedText(nameNode);
                node = removeAndNext(node);
                continue;
            }
        }
        if (removeTitleHeader && headerDuplicatesTitle(dom, node, options.title)) {
            removeTitleHeader = false;
            node = removeAndNext(node);
            continue;
        }
        if (flags & StripUnlikely) {
            if ((hints & Unlikely) && !(hints & MaybeCandidate)
                && !hasAncestorTag(dom, node, Tag::Table) && !hasAncestorTag(dom, node, Tag::Code)
                && t != Tag::Body && t != Tag::A) {
                node = removeAndNext(node);
                continue;
            }
            if (isUnlikelyRole(node)) {
                node = removeAndNext(node);
                continue;
            }
        }
        if ((t == Tag::Div || t == Tag::Section || t == Tag::Header
                || (t >= Tag::H1 && t <= Tag::H6))
            && isElementWithoutContent(dom, node)) {
            node = removeAndNext(node);
            continue;
        }
        if (isScoredTag(t))
            toScore.push_back(node);
        if (t == Tag::Div) {
            wrapPhrasingContent(dom, node);
            if (hasSingleTagInside(dom, node, Tag::P) && dom.linkDensity(node) < 0.25) {
                xmlNode *p = firstElementChild(node);
                dom.replace(node, p);
                node = p;
                toScore.push_back(node);
            } else if (!hasChildBlockElement(dom, node)) {
                dom.setTag(node, "p");
                toScore.push_back(node);
            }
        }
        node = nextElement(node);
    }

    // Score paragraphs and hand the score to their ancestors, less with each level.
    std::vector<xmlNode *> candidates;
    for (xmlNode *element : toScore) {
        if (!isElement(element->parent))
            continue;
        const NodeStats &s = dom.stats(element);
        const int length = s.text.trimmed();
        if (length < 25)
            continue;
        const std::vector<xmlNode *> ancestors = ancestorsOf(element, 5);
        if (ancestors.empty())
            continue;
        const double score = 1 + (s.commas + 1) + std::min(length / 100, 3);
        for (size_t level = 0; level < ancestors.size(); ++level) {
            xmlNode *ancestor = ancestors[level];
            if (!isElement(ancestor) || !isElement(ancestor->parent))
                continue;
            NodeInfo &info = dom.info(ancestor);
            if (!info.initialized) {
                initializeNode(dom, ancestor);
                candidates.push_back(ancestor);
            }
            const double divider = level == 0 ? 1 : level == 1 ? 2 : double(level) * 3;
            info.score += score / divider;
        }
    }

    std::vector<xmlNode *> top;
    for (xmlNode *candidate : candidates) {
        NodeInfo &info = dom.info(candidate);
        info.score *= 1 - dom.linkDensity(candidate);
        for (int t = 0; t < options.topCandidates; ++t) {
            if (t >= int(top.size()) || info.score > dom.info(top[size_t(t)]).score) {
                top.insert(top.begin() + t, candidate);
                if (int(top.size()) > options.topCandidates)
                    top.pop_back();
                break;
            }
        }
    }

    xmlNode *topCandidate = top.empty() ? nullptr : top.front();
    bool createdTopCandidate = false;
    if (!topCandidate || dom.tag(topCandidate) == Tag::Body) {
        // Nothing stood out: the whole body is the article.
        topCandidate = dom.createElement("div");
        createdTopCandidate = true;
        while (page->children)
            dom.appendChild(topCandidate, page->children);
        dom.appendChild(page, topCandidate);
        initializeNode(dom, topCandidate);
    } else {
        // Several good candidates under one ancestor: the article is that ancestor.
        std::vector<std::vector<xmlNode *>> alternatives;
        const double topScore = dom.info(topCandidate).score;
        for (size_t i = 1; i < top.size(); ++i)
            if (topScore != 0 && dom.info(top[i]).score / topScore >= 0.75)
                alternatives.push_back(ancestorsOf(top[i], 0));
        constexpr int MinimumTopCandidates = 3;
        if (int(alternatives.size()) >= MinimumTopCandidates) {
            for (xmlNode *parent = topCandidate->parent;
                 isElement(parent) && dom.tag(parent) != Tag::Body; parent = parent->parent) {
                int lists = 0;
                for (const auto &list : alternatives)
                    if (std::find(list.begin(), list.end(), parent) != list.end())
                        ++lists;
                if (lists >= MinimumTopCandidates) {
                    topCandidate = parent;
                    break;
                }
            }
        }
        if (!dom.info(topCandidate).initialized)
            initializeNode(dom, topCandidate);

        // Parents collect part of their children's score; climb while the score keeps up.
        double lastScore = dom.info(topCandidate).score;
        const double threshold = lastScore / 3;
        for (xmlNode *parent = topCandidate->parent;
             isElement(parent) && dom.tag(parent) != Tag::Body; parent = parent->parent) {
            const NodeInfo &pi = dom.info(parent);
            if (!pi.initialized)
                continue;
            if (pi.score < threshold)
                break;
            if (pi.score > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = pi.score;
        }
        // An only child says no more than its parent.
        for (xmlNode *parent = topCandidate->parent;
             isElement(parent) && dom.tag(parent) != Tag::Body && elementChildCount(parent) == 1;
             parent = parent->parent)
            topCandidate = parent;
        if (!dom.info(topCandidate).initialized)
            initializeNode(dom, topCandidate);
    }

    // The article is the top candidate plus siblings that look like part of it.
    xmlNode *article = dom.createElement("div");
    const double topScore = dom.info(topCandidate).score;
    const double siblingThreshold = std::max(10.0, topScore * 0.2);
    xmlNode *parent = topCandidate->parent;
    const char *topClass = attributeValue(topCandidate, "class");
    std::vector<xmlNode *> siblings;
    for (xmlNode *s = firstElementChild(parent); s; s = nextElementSibling(s))
        siblings.push_back(s);
    for (xmlNode *sibling : siblings) {
        bool append = sibling == topCandidate;
        if (!append) {
            double bonus = 0;
            const char *cls = attributeValue(sibling, "class");
            if (topClass && *topClass && cls && std::strcmp(cls, topClass) == 0)
                bonus += topScore * 0.2;
            const NodeInfo &si = dom.info(sibling);
            if (si.initialized && si.score + bonus >= siblingThreshold) {
                append = true;
            } else if (si.tag == Tag::P) {
                const double linkDensity = dom.linkDensity(sibling);
                const int length = dom.textLength(sibling);
                if (length > 80 && linkDensity < 0.25) {
                    append = true;
                } else if (length < 80 && length > 0 && linkDensity == 0) {
                    static const QRegularExpression sentenceEnd(QStringLiteral("\\.( |$)"));
                    append = dom::normalisedText(sibling).contains(sentenceEnd);
                }
            }
        }
        if (append) {
            const Tag t = dom.tag(sibling);
            if (t != Tag::Div && t != Tag::Article && t != Tag::Section && t != Tag::P
                && t != Tag::Ol && t != Tag::Ul)
                dom.setTag(sibling, "div");
            dom.appendChild(article, sibling);
        }
    }
    (void)createdTopCandidate;
    prepareArticle(dom, article, m_flags & CleanConditionally);
    return article;
}

void ContentFinder::markDataTables(ScoringDom &dom, xmlNode *root)
{
    for (xmlNode *table : descendantsWithTag(dom, root, Tag::Table)) {
        NodeInfo &info = dom.info(table);
        info.dataTable = false;
        if (attributeIs(table, "role", "presentation") || attributeIs(table, "datatable", "0"))
            continue;
        if (attributeValue(table, "summary")) {
            info.dataTable = true;
            continue;
        }
        bool decided = false;
        for (xmlNode *c = firstElementChild(table); c; c = nextElementSibling(c))
            if (dom.tag(c) == Tag::Caption && c->children) {
                info.dataTable = decided = true;
                break;
            }
        if (decided)
            continue;
        for (Tag t : { Tag::Col, Tag::Colgroup, Tag::Tfoot, Tag::Thead, Tag::Th })
            if (!descendantsWithTag(dom, table, t).empty()) {
                info.dataTable = decided = true;
                break;
            }
        if (decided)
            continue;
        if (!descendantsWithTag(dom, table, Tag::Table).empty())
            continue; // layout tables nest
        int rows = 0, columns = 0;
        for (xmlNode *tr : descendantsWithTag(dom, table, Tag::Tr)) {
            const char *rowspan = attributeValue(tr, "rowspan");
            rows += rowspan ? std::max(1, std::atoi(rowspan)) : 1;
            int rowColumns = 0;
            for (xmlNode *cell = firstElementChild(tr); cell; cell = nextElementSibling(cell))
                if (dom.tag(cell) == Tag::Td) {
                    const char *colspan = attributeValue(cell, "colspan");
                    rowColumns += colspan ? std::max(1, std::atoi(colspan)) : 1;
                }
            columns = std::max(columns, rowColumns);
        }
        info.dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

bool ContentFinder::shouldRemoveConditionally(ScoringDom &dom, xmlNode *node, Tag tag)
{
    const NodeStats &s = dom.stats(node);
    const int length = s.text.trimmed();
    bool isList = tag == Tag::Ul || tag == Tag::Ol;
    if (!isList)
        isList = length > 0 && double(s.listText) / length > 0.9;
    auto isDataTable = [&](xmlNode *t) { return dom.info(t).dataTable; };
    if (tag == Tag::Table && isDataTable(node))
        return false;
    if (hasAncestorTag(dom, node, Tag::Table, -1, isDataTable))
        return false;
    if (hasAncestorTag(dom, node, Tag::Code))
        return false;
    if (s.tables > 0)
        for (xmlNode *t : descendantsWithTag(dom, node, Tag::Table))
            if (isDataTable(t))
                return false;
    const int weight = classWeight(node);
    if (weight < 0)
        return true;
    if (s.latinCommas >= 10)
        return false;

    const int p = s.paragraphs;
    const int img = s.images;
    const int li = s.listItems - 100;
    const int input = s.inputs;
    const double headingDensity = dom.density(node, s.headingText);
    int embedCount = 0;
    if (s.embeds > 0) {
        for (Tag t : { Tag::Object, Tag::Embed, Tag::Iframe })
            for (xmlNode *e : descendantsWithTag(dom, node, t)) {
                if (embedIsVideo(e))
                    return false;
                ++embedCount;
            }
    }
    if (length > 0 && length < 40) {
        static const QRegularExpression adOrLoading(
            QStringLiteral(
                "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
                "(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (adOrLoading.match(dom::normalisedText(node)).hasMatch())
            return true;
    }
    const double linkDensity = dom.linkDensity(node);
    const double textDensity = dom.density(node, s.textishText);
    const bool isFigureChild = hasAncestorTag(dom, node, Tag::Figure);

    bool remove = false;
    if (!isFigureChild && img > 1 && double(p) / img < 0.5)
        remove = true;
    if (!isList && li > p)
        remove = true;
    if (input > p / 3)
        remove = true;
    if (!isList && !isFigureChild && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2)
        && linkDensity > 0)
        remove = true;
    if (!isList && weight < 25 && linkDensity > 0.2)
        remove = true;
    if (weight >= 25 && linkDensity > 0.5)
        remove = true;
    if ((embedCount == 1 && length < 75) || embedCount > 1)
        remove = true;
    if (img == 0 && textDensity == 0)
        remove = true;

    // Simple lists of images stay.
    if (isList && remove) {
        for (xmlNode *c = firstElementChild(node); c; c = nextElementSibling(c))
            if (elementChildCount(c) > 1)
                return remove;
        if (img == s.listItems)
            return false;
    }
    return remove;
}

void ContentFinder::cleanConditionally(ScoringDom &dom, xmlNode *root, Tag tag)
{
    if (!(m_flags & CleanConditionally))
        return;
    const std::vector<xmlNode *> nodes = descendantsWithTag(dom, root, tag);
    // Last first, so that inner elements are judged before the ones around them.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if ((*it)->parent && shouldRemoveConditionally(dom, *it, tag))
            dom.remove(*it);
}

void ContentFinder::clean(ScoringDom &dom, xmlNode *root, Tag tag)
{
    const bool isEmbed = tag == Tag::Object || tag == Tag::Embed || tag == Tag::Iframe;
    const std::vector<xmlNode *> nodes = descendantsWithTag(dom, root, tag);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if ((*it)->parent && !(isEmbed && embedIsVideo(*it)))
            dom.remove(*it);
}

void ContentFinder::prepareArticle(ScoringDom &dom, xmlNode *article, bool conditionally)
{
    const unsigned savedFlags = m_flags;
    if (!conditionally)
        m_flags &= ~unsigned(CleanConditionally);
    markDataTables(dom, article);
    cleanConditionally(dom, article, Tag::Form);
    cleanConditionally(dom, article, Tag::Fieldset);
    for (Tag t : { Tag::Object, Tag::Embed, Tag::Footer, Tag::Link, Tag::Aside })
        clean(dom, article, t);

    // Share bars.
    for (xmlNode *top = firstElementChild(article); top; top = nextElementSibling(top)) {
        xmlNode *end = nextElement(top, true);
        for (xmlNode *n = nextElement(top); n && n != end;) {
            if ((m_hints.hints(n).any() & Share) && dom.textLength(n) < 500) {
                xmlNode *next = nextElement(n, true);
                dom.remove(n);
                n = next;
            } else {
                n = nextElement(n);
            }
        }
    }
    for (Tag t : { Tag::Iframe, Tag::Input, Tag::Textarea, Tag::Select, Tag::Button })
        clean(dom, article, t);
    for (Tag t : { Tag::H1, Tag::H2 })
        for (xmlNode *h : descendantsWithTag(dom, article, t))
            if (classWeight(h) < 0)
                dom.remove(h);
    cleanConditionally(dom, article, Tag::Table);
    cleanConditionally(dom, article, Tag::Ul);
    cleanConditionally(dom, article, Tag::Div);

    for (xmlNode *h1 : descendantsWithTag(dom, article, Tag::H1))
        dom.setTag(h1, "h2");
    const std::vector<xmlNode *> paragraphs = descendantsWithTag(dom, article, Tag::P);
    for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
        xmlNode *p = *it;
        const NodeStats &s = dom.stats(p);
        if (s.images == 0 && s.embeds == 0 && s.text.trimmed() == 0)
            dom.remove(p);
    }
    for (xmlNode *br : descendantsWithTag(dom, article, Tag::Br)) {
        xmlNode *next = nextNonBlank(br->next);
        if (next && next->type == XML_ELEMENT_NODE && dom.tag(next) == Tag::P)
            dom.remove(br);
    }
    // Single-cell layout tables become their content.
    for (xmlNode *table : descendantsWithTag(dom, article, Tag::Table)) {
        if (!table->parent)
            continue;
        xmlNode *body
            = hasSingleTagInside(dom, table, Tag::Tbody) ? firstElementChild(table) : table;
        if (!hasSingleTagInside(dom, body, Tag::Tr))
            continue;
        xmlNode *row = firstElementChild(body);
        if (!hasSingleTagInside(dom, row, Tag::Td))
            continue;
        xmlNode *cell = firstElementChild(row);
        bool phrasing = true;
        for (xmlNode *c = cell->children; c && phrasing; c = c->next)
            phrasing = isPhrasingContent(dom, c);
        dom.setTag(cell, phrasing ? "p" : "div");
        dom.replace(table, cell);
    }
    m_flags = savedFlags;
}

ContentFinder::Result ContentFinder::find(
    std::unique_ptr<ScoringDom> firstAttempt, const PageSource &again, const Options &options)
{
    struct Attempt
    {
        std::unique_ptr<ScoringDom> dom;
        xmlNode *content;
        int length;
        QString byline;
    };
    std::vector<Attempt> attempts;
    unsigned flags = StripUnlikely | WeightClasses | CleanConditionally;
    std::unique_ptr<ScoringDom> dom = std::move(firstAttempt);
    while (dom) {
        QString byline;
        xmlNode *content = grab(*dom, flags, options, byline);
        const int length = content ? dom->textLength(content) : 0;
        if (content && length >= options.charThreshold)
            return { std::move(dom), content, byline, length };
        attempts.push_back({ std::move(dom), content, length, byline });
        if (flags & StripUnlikely)
            flags &= ~unsigned(StripUnlikely);
        else if (flags & WeightClasses)
            flags &= ~unsigned(WeightClasses);
        else if (flags & CleanConditionally)
            flags &= ~unsigned(CleanConditionally);
        else
            break;
        dom = again();
    }
    auto best = std::max_element(attempts.begin(), attempts.end(),
        [](const Attempt &a, const Attempt &b) { return a.length < b.length; });
    if (best == attempts.end() || best->length == 0)
        return {};
    return { std::move(best->dom), best->content, best->byline, best->length };
}

} // namespace oqy::extract
