#include "scoringdom.h"

#include <libxml/dict.h>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace oqy::extract {

namespace {

struct TagName
{
    const char *name;
    Tag tag;
};

// Sorted by name for binary search.
constexpr TagName TagNames[] = {
    { "a", Tag::A },
    { "address", Tag::Address },
    { "amp-ad", Tag::AmpAd },
    { "amp-analytics", Tag::AmpAnalytics },
    { "amp-img", Tag::AmpImg },
    { "article", Tag::Article },
    { "aside", Tag::Aside },
    { "b", Tag::B },
    { "blockquote", Tag::Blockquote },
    { "body", Tag::Body },
    { "br", Tag::Br },
    { "button", Tag::Button },
    { "caption", Tag::Caption },
    { "cite", Tag::Cite },
    { "code", Tag::Code },
    { "col", Tag::Col },
    { "colgroup", Tag::Colgroup },
    { "dd", Tag::Dd },
    { "del", Tag::Del },
    { "div", Tag::Div },
    { "dl", Tag::Dl },
    { "dt", Tag::Dt },
    { "em", Tag::Em },
    { "embed", Tag::Embed },
    { "fieldset", Tag::Fieldset },
    { "figcaption", Tag::Figcaption },
    { "figure", Tag::Figure },
    { "font", Tag::Font },
    { "footer", Tag::Footer },
    { "form", Tag::Form },
    { "h1", Tag::H1 },
    { "h2", Tag::H2 },
    { "h3", Tag::H3 },
    { "h4", Tag::H4 },
    { "h5", Tag::H5 },
    { "h6", Tag::H6 },
    { "head", Tag::Head },
    { "header", Tag::Header },
    { "hr", Tag::Hr },
    { "html", Tag::Html },
    { "i", Tag::I },
    { "iframe", Tag::Iframe },
    { "img", Tag::Img },
    { "input", Tag::Input },
    { "ins", Tag::Ins },
    { "li", Tag::Li },
    { "link", Tag::Link },
    { "main", Tag::Main },
    { "math", Tag::Math },
    { "meta", Tag::Meta },
    { "nav", Tag::Nav },
    { "noscript", Tag::Noscript },
    { "object", Tag::Object },
    { "ol", Tag::Ol },
    { "p", Tag::P },
    { "picture", Tag::Picture },
    { "pre", Tag::Pre },
    { "q", Tag::Q },
    { "script", Tag::Script },
    { "section", Tag::Section },
    { "select", Tag::Select },
    { "source", Tag::Source },
    { "span", Tag::Span },
    { "strong", Tag::Strong },
    { "style", Tag::Style },
    { "svg", Tag::Svg },
    { "table", Tag::Table },
    { "tbody", Tag::Tbody },
    { "td", Tag::Td },
    { "textarea", Tag::Textarea },
    { "tfoot", Tag::Tfoot },
    { "th", Tag::Th },
    { "thead", Tag::Thead },
    { "time", Tag::Time },
    { "title", Tag::Title },
    { "tr", Tag::Tr },
    { "ul", Tag::Ul },
    { "video", Tag::Video },
};

// Phrasing elements that Readability lists by name (a, del and ins count only when their
// children do); the tags Oqy has no id for (abbr, kbd, sub, …) are checked by name.
constexpr const char *OtherPhrasingNames[]
    = { "abbr", "audio", "bdo", "data", "datalist", "dfn", "kbd", "label", "mark", "meter",
          "output", "progress", "ruby", "samp", "small", "sub", "sup", "var", "wbr" };

bool isTextish(Tag t)
{
    switch (t) {
    case Tag::Span:
    case Tag::Li:
    case Tag::Td:
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

bool isHashLink(const xmlNode *a)
{
    for (const xmlAttr *attr = a->properties; attr; attr = attr->next) {
        if (std::strcmp(reinterpret_cast<const char *>(attr->name), "href") != 0)
            continue;
        const xmlNode *v = attr->children;
        const char *s = v && v->content ? reinterpret_cast<const char *>(v->content) : "";
        return s[0] == '#' && s[1] != '\0';
    }
    return false;
}

} // namespace

Tag tagFromName(const char *name)
{
    const auto *end = std::end(TagNames);
    const auto *it = std::lower_bound(std::begin(TagNames), end, name,
        [](const TagName &a, const char *b) { return std::strcmp(a.name, b) < 0; });
    return it != end && std::strcmp(it->name, name) == 0 ? it->tag : Tag::Other;
}

bool isPhrasingElement(Tag tag, const char *name)
{
    if (tag == Tag::Other) {
        for (const char *other : OtherPhrasingNames)
            if (std::strcmp(other, name) == 0)
                return true;
        return false;
    }
    switch (tag) {
    case Tag::B:
    case Tag::Br:
    case Tag::Button:
    case Tag::Cite:
    case Tag::Code:
    case Tag::Em:
    case Tag::Embed:
    case Tag::I:
    case Tag::Img:
    case Tag::Input:
    case Tag::Math:
    case Tag::Noscript:
    case Tag::Object:
    case Tag::Q:
    case Tag::Script:
    case Tag::Select:
    case Tag::Span:
    case Tag::Strong:
    case Tag::Textarea:
    case Tag::Time:
    case Tag::AmpImg:
        return true;
    default:
        return false;
    }
}

bool isHeading(Tag tag)
{
    return tag >= Tag::H1 && tag <= Tag::H6;
}

void TextLength::append(const TextLength &next)
{
    if (next.length == 0)
        return;
    if (length == 0) {
        *this = next;
        return;
    }
    length += next.length - (endsWithSpace && next.startsWithSpace ? 1 : 0);
    endsWithSpace = next.endsWithSpace;
}

TextLength measureText(const xmlChar *text, int *commas, int *latinCommas)
{
    TextLength t;
    if (!text)
        return t;
    bool inSpace = false;
    bool first = true;
    auto space = [&] {
        if (!inSpace) {
            ++t.length;
            inSpace = true;
            if (first)
                t.startsWithSpace = true;
        }
        first = false;
    };
    auto character = [&](int units) {
        t.length += units;
        inSpace = false;
        first = false;
    };
    for (const unsigned char *p = text; *p;) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c == ' ' || (c >= '\t' && c <= '\r'))
                space();
            else {
                if (c == ',') {
                    ++*commas;
                    ++*latinCommas;
                }
                character(1);
            }
            ++p;
            continue;
        }
        // Multi-byte: white space and commas beyond ASCII, then one UTF-16 unit per BMP letter.
        const unsigned char c1 = p[1];
        const unsigned char c2 = c1 ? p[2] : 0;
        if (c == 0xC2 && c1 == 0xA0) {
            space();
            p += 2;
        } else if (c == 0xE2 && c1 == 0x80
            && ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) {
            space();
            p += 3;
        } else if ((c == 0xE2 && c1 == 0x81 && c2 == 0x9F)
            || (c == 0xE3 && c1 == 0x80 && c2 == 0x80) || (c == 0xEF && c1 == 0xBB && c2 == 0xBF)
            || (c == 0xE1 && c1 == 0x9A && c2 == 0x80)) {
            space();
            p += 3;
        } else {
            if ((c == 0xD8 && c1 == 0x8C) || (c == 0xEF && c1 == 0xB9 && c2 == 0x90)
                || (c == 0xEF && c1 == 0xB8 && (c2 == 0x90 || c2 == 0x91))
                || (c == 0xE2 && c1 == 0xB9 && c2 == 0x81)
                || (c == 0xE2 && c1 == 0xB8 && (c2 == 0xB4 || c2 == 0xB2))
                || (c == 0xEF && c1 == 0xBC && c2 == 0x8C))
                ++*commas;
            const int bytes = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            character(bytes == 4 ? 2 : 1);
            for (int i = 0; i < bytes && *p; ++i)
                ++p;
        }
    }
    t.endsWithSpace = inSpace;
    return t;
}

bool isWhitespaceText(const xmlNode *n)
{
    if (!n || (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE))
        return false;
    // Fast path: most text nodes answer on their first bytes.
    for (const unsigned char *p = n->content; p && *p; ++p) {
        if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
            continue;
        if (*p < 0x80)
            return false;
        const unsigned char c1 = p[1];
        const unsigned char c2 = c1 ? p[2] : 0;
        const bool maybeSpace = (*p == 0xC2 && c1 == 0xA0)
            || (*p == 0xE2 && (c1 == 0x80 || c1 == 0x81))
            || (*p == 0xE3 && c1 == 0x80 && c2 == 0x80) || (*p == 0xEF && c1 == 0xBB)
            || (*p == 0xE1 && c1 == 0x9A);
        if (!maybeSpace)
            return false; // a letter
        break; // white space beyond ASCII, or punctuation that looks like it: measure properly
    }
    int commas = 0, latin = 0;
    return measureText(n->content, &commas, &latin).trimmed() == 0;
}

ScoringDom::~ScoringDom()
{
    // Nodes taken out of the tree (or never put in) are freed here, once each: a node that went
    // back into the tree is freed with it.
    std::sort(m_removed.begin(), m_removed.end());
    m_removed.erase(std::unique(m_removed.begin(), m_removed.end()), m_removed.end());
    std::vector<xmlNode *> roots;
    for (xmlNode *n : m_removed)
        if (!n->parent)
            roots.push_back(n); // decided before any freeing: the others may live inside these
    for (xmlNode *n : roots)
        xmlFreeNode(n);
    xmlFreeDoc(m_doc);
}

xmlNode *ScoringDom::body() const
{
    for (xmlNode *n = xmlDocGetRootElement(m_doc); n; n = nextElement(n))
        if (n->name && std::strcmp(reinterpret_cast<const char *>(n->name), "body") == 0)
            return n;
    return nullptr;
}

Tag ScoringDom::tagOf(const xmlChar *name)
{
    // Only names interned in the document's dictionary are stable enough to cache by address.
    if (!m_doc->dict || !xmlDictOwns(m_doc->dict, name))
        return tagFromName(reinterpret_cast<const char *>(name));
    TagCacheEntry &entry = m_tagCache[(reinterpret_cast<std::uintptr_t>(name) >> 4) & 255];
    if (entry.name != name) {
        entry.name = name;
        entry.tag = tagFromName(reinterpret_cast<const char *>(name));
    }
    return entry.tag;
}

NodeInfo &ScoringDom::info(xmlNode *n)
{
    if (!n->_private) {
        NodeInfo &i = m_infos.emplace_back();
        i.tag = tagOf(n->name);
        n->_private = &i;
    }
    return *static_cast<NodeInfo *>(n->_private);
}

const NodeStats &ScoringDom::stats(xmlNode *n)
{
    NodeInfo &i = info(n);
    if (!i.statsValid)
        computeStats(n);
    return i.stats;
}

double ScoringDom::linkDensity(xmlNode *n)
{
    const NodeStats &s = stats(n);
    const int len = s.text.trimmed();
    return len ? s.linkLength / len : 0;
}

void ScoringDom::computeStats(xmlNode *root)
{
    // Post-order without recursion: hostile pages nest deeply.
    struct Frame
    {
        xmlNode *node;
        xmlNode *child;
    };
    std::vector<Frame> stack;
    stack.push_back({ root, root->children });
    while (!stack.empty()) {
        xmlNode *child = stack.back().child;
        while (child && (child->type != XML_ELEMENT_NODE || info(child).statsValid))
            child = child->next;
        if (child) {
            stack.back().child = child->next;
            stack.push_back({ child, child->children });
            continue;
        }
        xmlNode *node = stack.back().node;
        stack.pop_back();
        NodeStats s;
        for (xmlNode *c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                s.text.append(measureText(c->content, &s.commas, &s.latinCommas));
                continue;
            }
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const NodeInfo &ci = info(c);
            const NodeStats &cs = ci.stats;
            const int len = cs.text.trimmed();
            const Tag t = ci.tag;
            s.text.append(cs.text);
            s.commas += cs.commas;
            s.latinCommas += cs.latinCommas;
            s.linkLength += cs.linkLength + (t == Tag::A ? len * (isHashLink(c) ? 0.3 : 1.0) : 0.0);
            s.paragraphs += cs.paragraphs + (t == Tag::P);
            s.images += cs.images + (t == Tag::Img);
            s.listItems += cs.listItems + (t == Tag::Li);
            s.inputs += cs.inputs + (t == Tag::Input);
            s.embeds += cs.embeds + (t == Tag::Object || t == Tag::Embed || t == Tag::Iframe);
            s.tables += cs.tables + (t == Tag::Table);
            s.brOrHr += cs.brOrHr + (t == Tag::Br || t == Tag::Hr);
            s.headingText += cs.headingText + (isHeading(t) ? len : 0);
            s.textishText += cs.textishText + (isTextish(t) ? len : 0);
            s.listText += cs.listText + (t == Tag::Ul || t == Tag::Ol ? len : 0);
        }
        NodeInfo &ni = info(node);
        ni.stats = s;
        ni.statsValid = true;
    }
}

void ScoringDom::invalidate(xmlNode *n)
{
    for (xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        NodeInfo &i = info(p);
        if (!i.statsValid)
            break; // its ancestors are already invalid
        i.statsValid = false;
    }
}

void ScoringDom::remove(xmlNode *n)
{
    if (!n || !n->parent)
        return;
    xmlNode *parent = n->parent;
    xmlUnlinkNode(n);
    m_removed.push_back(n);
    invalidate(parent);
}

void ScoringDom::appendChild(xmlNode *parent, xmlNode *child)
{
    if (child->parent) {
        xmlNode *old = child->parent;
        xmlUnlinkNode(child);
        invalidate(old);
    }
    invalidate(parent);
    // Text is appended by copy so that libxml2's merging of adjacent text nodes never frees a
    // node the caller still holds.
    if (child->type == XML_TEXT_NODE) {
        xmlNodeAddContent(parent->last && parent->last->type == XML_TEXT_NODE
                ? parent->last
                : xmlAddChild(parent, xmlNewDocText(m_doc, nullptr)),
            child->content);
        m_removed.push_back(child);
        return;
    }
    xmlAddChild(parent, child);
}

void ScoringDom::insertBefore(xmlNode *reference, xmlNode *n)
{
    if (n->parent) {
        xmlNode *old = n->parent;
        xmlUnlinkNode(n);
        invalidate(old);
    }
    xmlAddPrevSibling(reference, n);
    invalidate(reference->parent);
}

void ScoringDom::replace(xmlNode *old, xmlNode *replacement)
{
    if (replacement->parent) {
        xmlNode *from = replacement->parent;
        xmlUnlinkNode(replacement);
        invalidate(from);
    }
    xmlNode *parent = old->parent;
    xmlReplaceNode(old, replacement);
    m_removed.push_back(old);
    invalidate(parent);
}

void ScoringDom::setTag(xmlNode *n, const char *name)
{
    xmlNodeSetName(n, reinterpret_cast<const xmlChar *>(name));
    info(n).tag = tagOf(n->name);
    invalidate(n->parent);
}

xmlNode *ScoringDom::createElement(const char *name)
{
    xmlNode *n = xmlNewDocNode(m_doc, nullptr, reinterpret_cast<const xmlChar *>(name), nullptr);
    m_removed.push_back(n);
    return n;
}

xmlNode *firstElementChild(const xmlNode *n)
{
    for (xmlNode *c = n ? n->children : nullptr; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c;
    return nullptr;
}

xmlNode *nextElementSibling(const xmlNode *n)
{
    for (xmlNode *c = n ? n->next : nullptr; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c;
    return nullptr;
}

xmlNode *nextElement(xmlNode *n, bool skipChildren)
{
    if (!skipChildren)
        if (xmlNode *c = firstElementChild(n))
            return c;
    for (xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (xmlNode *s = nextElementSibling(p))
            return s;
    return nullptr;
}

xmlNode *nextElementWithin(xmlNode *n, const xmlNode *root, bool skipChildren)
{
    if (!skipChildren)
        if (xmlNode *c = firstElementChild(n))
            return c;
    for (xmlNode *p = n; p && p != root && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (xmlNode *s = nextElementSibling(p))
            return s;
    return nullptr;
}

int elementChildCount(const xmlNode *n)
{
    int count = 0;
    for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next)
        count += c->type == XML_ELEMENT_NODE;
    return count;
}

} // namespace oqy::extract
