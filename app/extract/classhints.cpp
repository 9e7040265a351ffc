#include "classhints.h"

#include <cstring>
#include <initializer_list>

namespace oqy::extract {

namespace {

bool containsAny(std::string_view s, std::initializer_list<std::string_view> needles)
{
    for (std::string_view n : needles)
        if (s.find(n) != std::string_view::npos)
            return true;
    return false;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
}

// `word` delimited the way /(\b|_)word(\b|_)/ delimits it.
bool containsDelimited(std::string_view s, std::string_view word)
{
    for (size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        const bool before = at == 0 || !isWordChar(s[at - 1]) || s[at - 1] == '_';
        const size_t end = at + word.size();
        const bool after = end == s.size() || !isWordChar(s[end]) || s[end] == '_';
        if (before && after)
            return true;
    }
    return false;
}

// "hid" as a whole space-separated word (Readability's ^hid$| hid$| hid |^hid ).
bool containsHidWord(std::string_view s)
{
    for (size_t at = s.find("hid"); at != std::string_view::npos; at = s.find("hid", at + 1)) {
        const bool before = at == 0 || s[at - 1] == ' ';
        const bool after = at + 3 == s.size() || s[at + 3] == ' ';
        if (before && after)
            return true;
    }
    return false;
}

} // namespace

unsigned classHintsOf(std::string_view s)
{
    unsigned hints = 0;
    if (containsAny(s,
            { "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
                "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
                "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
                "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
                "popup", "yom-remote",
                // Kazakh and Russian news CMSs
                "read-also", "readalso", "read_also", "also-read", "more-news", "similar-news",
                "cookie", "subscribe", "newsletter", "poll" }))
        hints |= Unlikely;
    if (containsAny(
            s, { "and", "article", "body", "column", "content", "main", "mathjax", "shadow" }))
        hints |= MaybeCandidate;
    if (containsAny(s,
            { "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                "pagination", "post", "text", "blog", "story" }))
        hints |= Positive;
    if (containsAny(s,
            { "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
                "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget" })
        || containsHidWord(s))
        hints |= Negative;
    if (containsAny(s, { "byline", "author", "dateline", "writtenby", "p-author" }))
        hints |= Byline;
    if (containsDelimited(s, "share") || containsDelimited(s, "sharedaddy"))
        hints |= Share;
    return hints;
}

const char *attributeValue(const xmlNode *element, const char *name)
{
    for (const xmlAttr *a = element->properties; a; a = a->next) {
        const char *attr = reinterpret_cast<const char *>(a->name);
        if (attr[0] != name[0] || std::strcmp(attr, name) != 0)
            continue;
        const xmlNode *v = a->children;
        return v && v->content ? reinterpret_cast<const char *>(v->content) : "";
    }
    return nullptr;
}

int ElementHints::weight() const
{
    int w = 0;
    for (unsigned h : { ofClass, ofId }) {
        if (h & Negative)
            w -= 25;
        if (h & Positive)
            w += 25;
    }
    return w;
}

unsigned ClassHintCache::hintsOfValue(const char *value)
{
    if (!value || !*value)
        return 0;
    QByteArray key(value);
    for (char &c : key)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const unsigned h = classHintsOf(std::string_view(key.constData(), size_t(key.size())));
    if (m_cache.size() > 20000)
        m_cache.clear(); // a serve loop over many sites must not grow without bound
    m_cache.insert(key, h);
    return h;
}

ElementHints ClassHintCache::hints(const xmlNode *element)
{
    return { hintsOfValue(attributeValue(element, "class")),
        hintsOfValue(attributeValue(element, "id")) };
}

} // namespace oqy::extract
