#pragma once

#include <QString>
#include <libxml/tree.h>

#include <vector>

namespace oqy::extract {

// Evaluates an XPath 1.0 expression (with has-class('name')) against a document and returns the
// element nodes it selects, in document order; attribute nodes give their owner element. An
// invalid expression selects nothing (and sets *error).
std::vector<xmlNode *> selectNodes(
    xmlDoc *doc, const QString &expression, QString *error = nullptr);

// The same relative to a context node (".//a", "./span[has-class('date')]").
std::vector<xmlNode *> selectNodes(xmlNode *context, const QString &expression);

// The string value of an expression's first result ("string(//time/@datetime)" or a node).
QString selectString(xmlDoc *doc, const QString &expression);

} // namespace oqy::extract
