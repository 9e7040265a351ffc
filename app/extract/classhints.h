#pragma once

#include <libxml/tree.h>

#include <QByteArray>
#include <QHash>
#include <string_view>

// What an element's class and id say about it, in the vocabulary of Readability plus the words
// Kazakh and Russian news CMSs use ("read-also", "more-news", cookie bars…).
namespace oqy::extract {

enum ClassHint : unsigned {
    Unlikely = 1u << 0, // menus, comments, sidebars…: removed before scoring
    MaybeCandidate = 1u << 1, // …unless the name also says article/content/main
    Positive = 1u << 2, // +25 to the class weight
    Negative = 1u << 3, // −25
    Byline = 1u << 4,
    Share = 1u << 5, // share bars, removed from the article when short
};

// Matches a lower-case "class id" string against the vocabularies.
unsigned classHintsOf(std::string_view lowerClassAndId);

struct ElementHints
{
    unsigned ofClass = 0;
    unsigned ofId = 0;
    unsigned any() const { return ofClass | ofId; }
    // Readability's class weight: ±25 for the class, ±25 for the id.
    int weight() const;
};

// Caches classHintsOf by string: news pages repeat the same few class names hundreds of times.
class ClassHintCache
{
public:
    ElementHints hints(const xmlNode *element);

private:
    unsigned hintsOfValue(const char *value);
    QHash<QByteArray, unsigned> m_cache;
};

// The raw value of an attribute of an element (no copy); nullptr when absent.
const char *attributeValue(const xmlNode *element, const char *name);

} // namespace oqy::extract
