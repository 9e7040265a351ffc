#pragma once

#include <QByteArray>

namespace oqy::extract {

// Bounds applied to a page before libxml2 parses it. libxml2's HTML parser checks each new
// attribute against all the element's earlier ones, so one element with 100,000 attributes takes
// it minutes; no real page has more than a few dozen. Tags with more than `maxAttributes` lose the
// rest of their attributes (the page is copied only when that happens).
void capAttributes(QByteArray &html, int maxAttributes = 512);

// Drops what the extractor would throw away right after parsing — <script> (except JSON-LD, which
// holds metadata) and <style> elements and comments — before libxml2 reads them: on news pages
// they are often half the bytes, and libxml2 reads script text one character at a time. Works on
// the bytes the way an HTML tokenizer does (a script ends at the first "</script", whatever is
// inside); the page is copied only when there is something to drop.
void dropScriptsStylesAndComments(QByteArray &html);

} // namespace oqy::extract
