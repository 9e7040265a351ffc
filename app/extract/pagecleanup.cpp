#include "pagecleanup.h"

#include "classhints.h"
#include "contentfinder.h"
#include "domutil.h"
#include "htmltext.h"

#include <QRegularExpression>

#include <cstring>

namespace oqy::extract {

namespace {

constexpr int MaxDepth = 200;

bool isPlaceholder(const char *src)
{
    if (!src || !*src)
        return true;
    if (std::strncmp(src, "data:", 5) == 0)
        return true;
    for (const char *word : { "placeholder", "blank.gif", "spacer.gif", "pixel.gif", "lazy",
             "loader.gif", "transparent.png", "1x1" })
        if (std::strstr(src, word))
            return true;
    return false;
}

QString bestOfSrcset(const char *srcset)
{
    QString best;
    double bestSize = -1;
    for (const QString &candidate :
        QString::fromUtf8(srcset).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = candidate.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.first().startsWith(QLatin1String("data:")))
            continue;
        double size = 1;
        if (parts.size() > 1)
            size = parts.at(1).chopped(1).toDouble();
        if (size > bestSize) {
            bestSize = size;
            best = parts.first();
        }
    }
    return best;
}

bool hasImageAttribute(const xmlNode *img)
{
    static const QRegularExpression imageExtension(
        QStringLiteral("\\.(jpg|jpeg|png|webp)"), QRegularExpression::CaseInsensitiveOption);
    for (const xmlAttr *a = img->properties; a; a = a->next) {
        const char *name = reinterpret_cast<const char *>(a->name);
        if (!std::strcmp(name, "src") || !std::strcmp(name, "srcset")
            || !std::strcmp(name, "data-src") || !std::strcmp(name, "data-srcset"))
            return true;
        const char *value
            = a->children ? reinterpret_cast<const char *>(a->children->content) : nullptr;
        if (value && imageExtension.match(QString::fromUtf8(value)).hasMatch())
            return true;
    }
    return false;
}

xmlNode *singleImage(ScoringDom &dom, xmlNode *n)
{
    for (int depth = 0; n && depth < 8; ++depth) {
        if (dom.tag(n) == Tag::Img)
            return n;
        if (elementChildCount(n) != 1 || dom.textLength(n) != 0)
            return nullptr;
        n = firstElementChild(n);
    }
    return nullptr;
}

// A 1×1 image is a tracking pixel: the image cache must not fetch it for the page's owner.
bool isTrackingPixel(const xmlNode *img)
{
    const char *width = attributeValue(img, "width");
    const char *height = attributeValue(img, "height");
    return width && height && std::atoi(width) <= 2 && std::atoi(height) <= 2 && *width >= '0'
        && *width <= '9';
}

void unwrapNoscriptImages(
    ScoringDom &dom, const std::vector<xmlNode *> &images, const std::vector<xmlNode *> &noscripts)
{
    for (xmlNode *img : images)
        if (!hasImageAttribute(img) || isTrackingPixel(img))
            dom.remove(img);
    for (xmlNode *noscript : noscripts) {
        if (!noscript->parent || elementChildCount(noscript) != 1)
            continue;
        xmlNode *image = singleImage(dom, firstElementChild(noscript));
        xmlNode *previous = noscript->prev;
        while (previous && previous->type != XML_ELEMENT_NODE)
            previous = previous->prev;
        if (!image || !previous || !singleImage(dom, previous))
            continue;
        // The <noscript> copy has the real address; the visible one is a lazy placeholder.
        dom.replace(previous, firstElementChild(noscript));
    }
}

void replaceBreaks(ScoringDom &dom, const std::vector<xmlNode *> &breaks)
{
    auto nextNonBlank = [](xmlNode *n) {
        while (n && n->type != XML_ELEMENT_NODE
            && (n->type == XML_COMMENT_NODE || isWhitespaceText(n)))
            n = n->next;
        return n;
    };
    for (xmlNode *br : breaks) {
        if (!br->parent)
            continue;
        bool replaced = false;
        xmlNode *next = br->next;
        while ((next = nextNonBlank(next)) && next->type == XML_ELEMENT_NODE
            && dom.tag(next) == Tag::Br) {
            replaced = true;
            xmlNode *sibling = next->next;
            dom.remove(next);
            next = sibling;
        }
        if (!replaced)
            continue;
        xmlNode *p = dom.createElement("p");
        dom.replace(br, p);
        for (next = p->next; next;) {
            if (next->type == XML_ELEMENT_NODE && dom.tag(next) == Tag::Br) {
                xmlNode *after = nextNonBlank(next->next);
                if (after && after->type == XML_ELEMENT_NODE && dom.tag(after) == Tag::Br)
                    break;
            }
            if (!isPhrasingContent(dom, next))
                break;
            xmlNode *sibling = next->next;
            dom.appendChild(p, next);
            next = sibling;
        }
        while (p->last && isWhitespaceNode(dom, p->last))
            dom.remove(p->last);
        if (p->parent && p->parent->type == XML_ELEMENT_NODE && dom.tag(p->parent) == Tag::P)
            dom.setTag(p->parent, "div");
    }
}

// Cuts the tree below MaxDepth: no page nests that deep, and hostile ones would otherwise make
// every recursive pass (libxml2's own serialiser included) run out of stack.
void limitDepth(ScoringDom &dom, xmlNode *root)
{
    std::vector<xmlNode *> tooDeep;
    int depth = 0;
    for (xmlNode *n = root; n;) {
        if (n->type == XML_ELEMENT_NODE && depth >= MaxDepth) {
            tooDeep.push_back(n); // and skip what is inside
        } else if (n->children) {
            n = n->children;
            ++depth;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            --depth;
        }
        if (n == root)
            break;
        n = n->next;
    }
    // The markup below the limit goes; its words stay, as one text node.
    for (xmlNode *d : tooDeep) {
        const QByteArray text = dom::text(d).toUtf8();
        xmlNode *replacement
            = xmlNewDocText(dom.doc(), reinterpret_cast<const xmlChar *>(text.constData()));
        dom.replace(d, replacement);
    }
}

bool isInside(const xmlNode *n, const xmlNode *root)
{
    for (; n; n = n->parent)
        if (n == root)
            return true;
    return false;
}

} // namespace

QString imageSource(const xmlNode *img)
{
    const char *src = attributeValue(img, "src");
    if (!isPlaceholder(src))
        return QString::fromUtf8(src).trimmed();
    for (const char *lazy : { "data-src", "data-lazy-src", "data-original", "data-url",
             "data-full-src", "data-lazy" }) {
        const char *v = attributeValue(img, lazy);
        if (v && *v && std::strncmp(v, "data:", 5) != 0)
            return QString::fromUtf8(v).trimmed();
    }
    for (const char *set : { "srcset", "data-srcset", "data-lazy-srcset" })
        if (const char *v = attributeValue(img, set))
            if (const QString best = bestOfSrcset(v); !best.isEmpty())
                return best;
    return src && std::strncmp(src, "data:image/", 11) == 0 && std::strlen(src) > 200
        ? QString::fromUtf8(src)
        : QString();
}

void prepareDocument(ScoringDom &dom)
{
    xmlNode *root = xmlDocGetRootElement(dom.doc());
    if (!root)
        return;
    limitDepth(dom, root);
    // One walk collects what the steps below work on.
    std::vector<xmlNode *> doomed, images, noscripts, breaks;
    bool inBody = false;
    for (xmlNode *n = root; n; n = nextElement(n)) {
        switch (dom.tag(n)) {
        case Tag::Noscript:
            noscripts.push_back(n);
            doomed.push_back(n);
            break;
        case Tag::Script:
        case Tag::Style:
        case Tag::AmpAd:
        case Tag::AmpAnalytics:
            doomed.push_back(n);
            break;
        case Tag::Body:
            inBody = true;
            break;
        case Tag::Br:
            if (inBody)
                breaks.push_back(n);
            break;
        case Tag::Img:
            images.push_back(n);
            break;
        case Tag::Font:
            dom.setTag(n, "span");
            break;
        case Tag::AmpImg:
            dom.setTag(n, "img");
            images.push_back(n);
            break;
        case Tag::Other:
            if (std::strcmp(reinterpret_cast<const char *>(n->name), "template") == 0)
                doomed.push_back(n);
            break;
        default:
            break;
        }
    }
    unwrapNoscriptImages(dom, images, noscripts);
    for (xmlNode *n : doomed)
        dom.remove(n);
    replaceBreaks(dom, breaks);
}

namespace {

// Openings of blocks that are never article text. Lower case; matched at the start of a block.
const QStringList &teaserOpenings()
{
    static const QStringList list = { QStringLiteral("читайте также"),
        QStringLiteral("читайте еще"), QStringLiteral("читайте ещё"),
        QStringLiteral("читать также"), QStringLiteral("смотрите также"),
        QStringLiteral("see also"), QStringLiteral("другие новости"),
        QStringLiteral("похожие новости"), QStringLiteral("новости по теме"),
        QStringLiteral("по теме:"), QStringLiteral("материалы по теме"),
        QStringLiteral("оқи отырыңыз"), QStringLiteral("оқыңыз:"),
        QStringLiteral("сондай-ақ оқыңыз"), QStringLiteral("тағы оқыңыз"),
        QStringLiteral("ұқсас жаңалықтар"), QStringLiteral("басқа жаңалықтар"),
        QStringLiteral("read also"), QStringLiteral("read more:"), QStringLiteral("related:") };
    return list;
}

const QStringList &noticeOpenings()
{
    static const QStringList list = { QStringLiteral("подпишитесь"),
        QStringLiteral("подписывайтесь"), QStringLiteral("подписаться на"),
        QStringLiteral("подпишись"), QStringLiteral("присоединяйтесь к"),
        QStringLiteral("следите за новостями"), QStringLiteral("читайте нас в"),
        QStringLiteral("читайте наши новости"), QStringLiteral("самые важные новости"),
        QStringLiteral("нашли ошибку"), QStringLiteral("если вы нашли ошибку"),
        QStringLiteral("заметили ошибку"), QStringLiteral("қате тапсаңыз"),
        QStringLiteral("қатені байқасаңыз"), QStringLiteral("мы используем файлы cookie"),
        QStringLiteral("мы используем cookie"), QStringLiteral("этот сайт использует cookie"),
        QStringLiteral("біз cookie"), QStringLiteral("сайт cookie"), QStringLiteral("комментарии"),
        QStringLiteral("пікірлер"), QStringLiteral("войдите, чтобы"),
        QStringLiteral("авторизуйтесь"), QStringLiteral("telegram-арнамызға"),
        QStringLiteral("біздің telegram"), QStringLiteral("жазылыңыз"),
        QStringLiteral("google news"), QStringLiteral("посетители, находящиеся в группе"),
        QStringLiteral("информация к сведению") };
    return list;
}

// Phrases that give a short block away wherever they stand in it, as UTF-8 without their first
// letter (so that a capital at the start of a sentence does not matter).
constexpr const char *NoticePhrases[]
    = { "аходящиеся в группе гости", "е могут оставлять комментарии", "trl+enter", "trl+Enter",
          "спользуем файлы cookie", "асын белгілеп", "атериалы сайта без ссылки запрещено",
          "ерепечатка материалов", "се права защищены" };

bool containsNoticePhrase(const QByteArray &text)
{
    for (const char *phrase : NoticePhrases)
        if (text.contains(phrase))
            return true;
    return false;
}

int openingLength(const QString &lowerText, const QStringList &openings)
{
    for (const QString &opening : openings)
        if (lowerText.startsWith(opening))
            return int(opening.size());
    return 0;
}

// All the text below a node as UTF-8, without building a QString.
QByteArray textBytes(const xmlNode *root)
{
    QByteArray out;
    for (const xmlNode *n = root->children; n;) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            out += reinterpret_cast<const char *>(n->content);
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        n = n && n != root ? n->next : nullptr;
    }
    return out;
}

bool isBlockTag(Tag t)
{
    switch (t) {
    case Tag::P:
    case Tag::Div:
    case Tag::Li:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Section:
    case Tag::Aside:
    case Tag::Ul:
    case Tag::Ol:
    case Tag::Blockquote:
    case Tag::Table:
    case Tag::Td:
    case Tag::Footer:
    case Tag::Header:
    case Tag::Nav:
    case Tag::Article:
    case Tag::Main:
    case Tag::Form:
    case Tag::Figure:
    case Tag::Dl:
    case Tag::Dd:
        return true;
    default:
        return false;
    }
}

xmlNode *blockOf(ScoringDom &dom, xmlNode *n)
{
    xmlNode *p = n->parent;
    while (p && p->type == XML_ELEMENT_NODE && !isBlockTag(dom.tag(p)))
        p = p->parent;
    return p && p->type == XML_ELEMENT_NODE && dom.tag(p) != Tag::Body ? p : nullptr;
}

} // namespace

// Paid links: a block that is nothing but a rel="sponsored" link.
void removeSponsoredLinks(ScoringDom &dom, xmlNode *root)
{
    for (xmlNode *a : descendantsWithTag(dom, root, Tag::A)) {
        const char *rel = attributeValue(a, "rel");
        if (!rel || !std::strstr(rel, "sponsored") || !a->parent)
            continue;
        xmlNode *block = blockOf(dom, a);
        if (!block || block == root)
            continue;
        const int length = dom.textLength(block);
        if (length == 0 || dom.textLength(a) * 10 >= length * 8)
            dom.remove(block);
    }
}

void removeBoilerplate(ScoringDom &dom, xmlNode *root)
{
    removeSponsoredLinks(dom, root);
    // Candidates first (the tree changes as blocks go): the block around the first words of
    // each text run.
    std::vector<xmlNode *> blocks;
    xmlNode *n = root->children;
    while (n) {
        if (n->type == XML_TEXT_NODE && !isWhitespaceText(n)) {
            xmlNode *block = blockOf(dom, n);
            if (block && block != root && (blocks.empty() || blocks.back() != block))
                blocks.push_back(block);
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        n = n && n != root ? n->next : nullptr;
    }
    for (xmlNode *block : blocks) {
        if (!isInside(block, root))
            continue;
        const int length = dom.textLength(block);
        if (length == 0 || length > 400)
            continue;
        // Cheap first: the opening words only, then the raw bytes for the phrases.
        const QByteArray bytes = textBytes(block);
        qsizetype start = 0;
        while (start < bytes.size()
            && (bytes.at(start) == ' ' || (bytes.at(start) >= '\t' && bytes.at(start) <= '\r')))
            ++start;
        const QString opening
            = collapseWhitespace(QString::fromUtf8(bytes.constData() + start,
                                     std::min<qsizetype>(bytes.size() - start, 120)))
                  .toLower();
        const int teaser = openingLength(opening, teaserOpenings());
        int notice = teaser ? 0 : openingLength(opening, noticeOpenings());
        if (!teaser && !notice && containsNoticePhrase(bytes))
            notice = length;
        if (!teaser && !notice)
            continue;
        xmlNode *target = block;
        // A heading or a bare label ("Читайте также:") introduces the list after it.
        const bool bareLabel
            = length <= (teaser ? teaser : notice) + 3 || isHeading(dom.tag(block));
        if (teaser && bareLabel) {
            if (xmlNode *next = nextElementSibling(block); next && dom.linkDensity(next) > 0.5)
                dom.remove(next);
        }
        // The box around a teaser, when that box holds nothing else.
        for (xmlNode *parent = target->parent;
             parent && parent != root && parent->type == XML_ELEMENT_NODE
             && dom.tag(parent) != Tag::Body && dom.tag(parent) != Tag::Article;
             parent = parent->parent) {
            const int parentLength = dom.textLength(parent);
            if (parentLength > length + 20
                && !(teaser && parentLength < 800 && dom.linkDensity(parent) > 0.5))
                break;
            target = parent;
        }
        dom.remove(target);
    }
}

} // namespace oqy::extract
