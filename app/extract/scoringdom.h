#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <deque>
#include <vector>

// The document the content scorer works on: libxml2's HTML tree plus, per node, a tag id, the
// Readability score and cached text statistics (lengths, link text, commas, descendant counts).
//
// Why a cache: the scorer asks for "the text length of this element" and "its link density" for
// every candidate, and candidates nest, so computing them by walking the subtree each time is
// quadratic on deep pages. Statistics are computed bottom-up once and kept valid under the few
// mutations the scorer makes (all of which go through this class): a change invalidates the
// changed node's ancestors only, and they are recomputed from their children on the next query.
namespace oqy::extract {

enum class Tag : std::uint8_t {
    Other,
    A,
    Address,
    AmpAd,
    AmpAnalytics,
    AmpImg,
    Article,
    Aside,
    B,
    Blockquote,
    Body,
    Br,
    Button,
    Caption,
    Cite,
    Code,
    Col,
    Colgroup,
    Dd,
    Del,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Ins,
    Li,
    Link,
    Main,
    Math,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    P,
    Picture,
    Pre,
    Q,
    Script,
    Section,
    Select,
    Source,
    Span,
    Strong,
    Style,
    Svg,
    Table,
    Tbody,
    Td,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Ul,
    Video,
    Count
};

Tag tagFromName(const char *name);
// HTML's phrasing content as Readability lists it (a, del and ins apart: they are phrasing when
// their children are).
bool isPhrasingElement(Tag tag, const char *name);
bool isHeading(Tag tag);

// Text length as Readability measures it: trimmed, every run of white space counted as one
// character, UTF-16 units. Combines across concatenation so parents are sums of children.
struct TextLength
{
    int length = 0; // white-space runs counted once, not trimmed
    bool startsWithSpace = false;
    bool endsWithSpace = false;

    int trimmed() const
    {
        const int t = length - (startsWithSpace ? 1 : 0) - (endsWithSpace ? 1 : 0);
        return t > 0 ? t : 0;
    }
    void append(const TextLength &next);
};

struct NodeStats
{
    TextLength text;
    double linkLength = 0; // trimmed text length of descendant <a>s (in-page "#" links weigh 0.3)
    int commas = 0; // any comma (Latin, Arabic, full-width…)
    int latinCommas = 0; // "," only
    int paragraphs = 0; // descendant counts (the node itself excluded)
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0; // object, embed, iframe
    int tables = 0;
    int brOrHr = 0;
    int headingText = 0; // summed trimmed text length of descendant h1–h6
    int textishText = 0; // … of descendant span, li, td and block elements
    int listText = 0; // … of descendant ul/ol
};

struct NodeInfo
{
    Tag tag = Tag::Other;
    bool statsValid = false;
    bool initialized = false; // has a content score
    bool dataTable = false;
    double score = 0;
    NodeStats stats;
};

class ScoringDom
{
public:
    explicit ScoringDom(xmlDoc *doc)
        : m_doc(doc)
    { }
    ~ScoringDom();
    ScoringDom(const ScoringDom &) = delete;
    ScoringDom &operator=(const ScoringDom &) = delete;

    xmlDoc *doc() const { return m_doc; }
    xmlNode *body() const;

    NodeInfo &info(xmlNode *n);
    Tag tag(xmlNode *n) { return n && n->type == XML_ELEMENT_NODE ? info(n).tag : Tag::Other; }
    const NodeStats &stats(xmlNode *n);

    int textLength(xmlNode *n) { return stats(n).text.trimmed(); }
    double linkDensity(xmlNode *n);
    // Share of the text that sits in descendants with the given total length.
    double density(xmlNode *n, int part)
    {
        const int len = textLength(n);
        return len ? double(part) / len : 0;
    }

    // Mutations: all keep the statistics right. Removed nodes are kept (unlinked) until the
    // ScoringDom dies, so pointers held in candidate lists never dangle.
    void remove(xmlNode *n);
    void appendChild(xmlNode *parent, xmlNode *child);
    void insertBefore(xmlNode *reference, xmlNode *n);
    void replace(xmlNode *old, xmlNode *replacement);
    void setTag(xmlNode *n, const char *name);
    // A new element, not yet in the tree (freed with the ScoringDom if it never gets there).
    xmlNode *createElement(const char *name);
    void invalidate(xmlNode *n);

    bool isRemoved(const xmlNode *n) const { return !n->parent; }

private:
    void computeStats(xmlNode *n);

    Tag tagOf(const xmlChar *name);

    xmlDoc *m_doc;
    std::deque<NodeInfo> m_infos;
    // libxml2 interns element names in the document's dictionary: one lookup per distinct pointer.
    struct TagCacheEntry
    {
        const xmlChar *name = nullptr;
        Tag tag = Tag::Other;
    };
    TagCacheEntry m_tagCache[256];
    std::vector<xmlNode *> m_removed;
};

// Element-only document order, as Readability walks it.
xmlNode *firstElementChild(const xmlNode *n);
xmlNode *nextElementSibling(const xmlNode *n);
xmlNode *nextElement(xmlNode *n, bool skipChildren = false);
// The same, never leaving the subtree of `root` (nullptr after its last element).
xmlNode *nextElementWithin(xmlNode *n, const xmlNode *root, bool skipChildren = false);
int elementChildCount(const xmlNode *n);

// Measures one text node's content.
TextLength measureText(const xmlChar *text, int *commas, int *latinCommas);
bool isWhitespaceText(const xmlNode *n);

} // namespace oqy::extract
