#include "xpathquery.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <cstring>

namespace oqy::extract {

namespace {

// has-class('x'): whether the context node's class attribute lists x.
void hasClassFunction(xmlXPathParserContext *ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlChar *wanted = xmlXPathPopString(ctxt);
    bool found = false;
    const xmlNode *node = ctxt->context->node;
    if (wanted && node && node->type == XML_ELEMENT_NODE) {
        if (xmlChar *cls = xmlGetProp(node, reinterpret_cast<const xmlChar *>("class"))) {
            const size_t length = std::strlen(reinterpret_cast<const char *>(wanted));
            for (const char *p = reinterpret_cast<const char *>(cls); *p && length;) {
                while (*p == ' ' || *p == '\t' || *p == '\n')
                    ++p;
                const char *end = p;
                while (*end && *end != ' ' && *end != '\t' && *end != '\n')
                    ++end;
                if (size_t(end - p) == length
                    && std::strncmp(p, reinterpret_cast<const char *>(wanted), length) == 0) {
                    found = true;
                    break;
                }
                p = end;
            }
            xmlFree(cls);
        }
    }
    xmlFree(wanted);
    valuePush(ctxt, xmlXPathNewBoolean(found));
}

struct Evaluation
{
    xmlXPathContext *context = nullptr;
    xmlXPathObject *result = nullptr;
    ~Evaluation()
    {
        xmlXPathFreeObject(result);
        xmlXPathFreeContext(context);
    }
};

bool evaluate(
    xmlDoc *doc, const QString &expression, Evaluation &e, QString *error, xmlNode *node = nullptr)
{
    e.context = xmlXPathNewContext(doc);
    if (!e.context)
        return false;
    if (node)
        e.context->node = node;
    xmlXPathRegisterFunc(
        e.context, reinterpret_cast<const xmlChar *>("has-class"), hasClassFunction);
    const QByteArray utf8 = expression.toUtf8();
    e.result
        = xmlXPathEvalExpression(reinterpret_cast<const xmlChar *>(utf8.constData()), e.context);
    if (!e.result && error)
        *error = QStringLiteral("invalid XPath: %1").arg(expression);
    return e.result != nullptr;
}

} // namespace

std::vector<xmlNode *> selectNodes(xmlDoc *doc, const QString &expression, QString *error)
{
    std::vector<xmlNode *> nodes;
    if (expression.isEmpty() || !doc)
        return nodes;
    Evaluation e;
    if (!evaluate(doc, expression, e, error) || e.result->type != XPATH_NODESET
        || !e.result->nodesetval)
        return nodes;
    const xmlNodeSet *set = e.result->nodesetval;
    for (int i = 0; i < set->nodeNr; ++i) {
        xmlNode *n = set->nodeTab[i];
        if (n->type == XML_ATTRIBUTE_NODE)
            n = n->parent;
        if (n && n->type == XML_ELEMENT_NODE
            && std::find(nodes.begin(), nodes.end(), n) == nodes.end())
            nodes.push_back(n);
    }
    return nodes;
}

std::vector<xmlNode *> selectNodes(xmlNode *context, const QString &expression)
{
    std::vector<xmlNode *> nodes;
    if (expression.isEmpty() || !context || !context->doc)
        return nodes;
    Evaluation e;
    if (!evaluate(context->doc, expression, e, nullptr, context) || e.result->type != XPATH_NODESET
        || !e.result->nodesetval)
        return nodes;
    const xmlNodeSet *set = e.result->nodesetval;
    for (int i = 0; i < set->nodeNr; ++i) {
        xmlNode *n = set->nodeTab[i];
        if (n->type == XML_ATTRIBUTE_NODE)
            n = n->parent;
        if (n && std::find(nodes.begin(), nodes.end(), n) == nodes.end())
            nodes.push_back(n);
    }
    return nodes;
}

QString selectString(xmlDoc *doc, const QString &expression)
{
    if (expression.isEmpty() || !doc)
        return {};
    Evaluation e;
    if (!evaluate(doc, expression, e, nullptr))
        return {};
    xmlChar *s = xmlXPathCastToString(e.result);
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(s)).simplified();
    xmlFree(s);
    return value;
}

} // namespace oqy::extract
