#pragma once

#include <QByteArray>

namespace oqy::extract {

// Bounds applied to a page before libxml2 parses it. libxml2's HTML parser checks each new
// attribute against all the element's earlier ones, so one element with 100,000 attributes takes
// it minutes; no real page has more than a few dozen. Tags with more than `maxAttributes` lose the
// rest of their attributes (the page is copied only when that happens).
void capAttributes(QByteArray &html, int maxAttributes = 512);

} // namespace oqy::extract
