#pragma once

#include <QString>
#include <libxml/tree.h>

// Small helpers over libxml2's HTML tree, shared by the extraction passes. Element names from
// libxml2's HTML parser are lower case.
namespace oqy::dom {

inline bool isElement(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE;
}

inline bool isText(const xmlNode *n)
{
    return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}

inline bool is(const xmlNode *n, const char *name)
{
    return isElement(n) && xmlStrcmp(n->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

inline const char *name(const xmlNode *n)
{
    return n ? reinterpret_cast<const char *>(n->name) : "";
}

QString attribute(const xmlNode *n, const char *attribute);
bool hasAttribute(const xmlNode *n, const char *attribute);
// "class id" of an element, lower case: what the class/id heuristics look at.
QString classAndId(const xmlNode *n);

// All text below a node, entities decoded (libxml2 already did), not normalised.
QString text(const xmlNode *n);
// The same with runs of white space collapsed and trimmed.
QString normalisedText(const xmlNode *n);

xmlNode *firstElementChild(xmlNode *n);
xmlNode *nextElementSibling(xmlNode *n);
int elementChildCount(const xmlNode *n);
bool hasAncestor(const xmlNode *n, const char *tag, int maxDepth = -1);

// Document order traversal that can skip a subtree.
xmlNode *next(xmlNode *n, bool skipChildren = false);

// Unlinks and frees; returns the node that followed it in document order (skipping its subtree).
xmlNode *remove(xmlNode *n);
void rename(xmlNode *n, const char *newName);

} // namespace oqy::dom
