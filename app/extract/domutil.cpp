#include "domutil.h"

#include "htmltext.h"

namespace oqy::dom {

QString attribute(const xmlNode *n, const char *attribute)
{
    if (!isElement(n))
        return {};
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (xmlStrcmp(a->name, reinterpret_cast<const xmlChar *>(attribute)) != 0)
            continue;
        if (!a->children)
            return QString(QLatin1String(""));
        if (!a->children->next && a->children->type == XML_TEXT_NODE)
            return QString::fromUtf8(reinterpret_cast<const char *>(a->children->content));
        xmlChar *value = xmlNodeListGetString(n->doc, a->children, 1);
        const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
        xmlFree(value);
        return result;
    }
    return {};
}

bool hasAttribute(const xmlNode *n, const char *attribute)
{
    if (!isElement(n))
        return false;
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (xmlStrcmp(a->name, reinterpret_cast<const xmlChar *>(attribute)) == 0)
            return true;
    return false;
}

QString classAndId(const xmlNode *n)
{
    return (attribute(n, "class") + QLatin1Char(' ') + attribute(n, "id")).toLower();
}

namespace {
// Iterative: hostile pages nest deeper than the stack would allow.
void collect(const xmlNode *root, QByteArray &out)
{
    const xmlNode *n = root->children;
    while (n) {
        if (isText(n))
            out += reinterpret_cast<const char *>(n->content);
        if (isElement(n) && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        n = n && n != root ? n->next : nullptr;
    }
}
} // namespace

QString text(const xmlNode *n)
{
    if (!n)
        return {};
    if (isText(n))
        return QString::fromUtf8(reinterpret_cast<const char *>(n->content));
    QByteArray out;
    collect(n, out);
    return QString::fromUtf8(out);
}

QString normalisedText(const xmlNode *n)
{
    return collapseWhitespace(text(n));
}

xmlNode *firstElementChild(xmlNode *n)
{
    for (xmlNode *c = n ? n->children : nullptr; c; c = c->next)
        if (isElement(c))
            return c;
    return nullptr;
}

xmlNode *nextElementSibling(xmlNode *n)
{
    for (xmlNode *c = n ? n->next : nullptr; c; c = c->next)
        if (isElement(c))
            return c;
    return nullptr;
}

int elementChildCount(const xmlNode *n)
{
    int count = 0;
    for (const xmlNode *c = n ? n->children : nullptr; c; c = c->next)
        count += isElement(c) ? 1 : 0;
    return count;
}

bool hasAncestor(const xmlNode *n, const char *tag, int maxDepth)
{
    int depth = 0;
    for (const xmlNode *p = n ? n->parent : nullptr; p && isElement(p); p = p->parent) {
        if (maxDepth > 0 && depth++ >= maxDepth)
            return false;
        if (is(p, tag))
            return true;
    }
    return false;
}

xmlNode *next(xmlNode *n, bool skipChildren)
{
    if (!skipChildren && n->children)
        return n->children;
    for (xmlNode *p = n; p; p = p->parent) {
        if (p->next)
            return p->next;
        if (p->parent && p->parent->type == XML_DOCUMENT_NODE)
            return nullptr;
    }
    return nullptr;
}

xmlNode *remove(xmlNode *n)
{
    xmlNode *following = next(n, true);
    xmlUnlinkNode(n);
    xmlFreeNode(n);
    return following;
}

void rename(xmlNode *n, const char *newName)
{
    xmlNodeSetName(n, reinterpret_cast<const xmlChar *>(newName));
}

} // namespace oqy::dom
