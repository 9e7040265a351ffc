#pragma once

#include "scoringdom.h"

#include <QString>

// The passes over the whole page before the article is looked for.
namespace oqy::extract {

// Readability's document preparation: scripts, styles and <noscript> go (a <noscript> image
// replaces the lazy placeholder it backs up), <br><br> runs become paragraphs, <font> becomes
// <span>. Oqy adds: AMP's <amp-img> becomes <img>, AMP ads and analytics go, and nesting deeper
// than any real page is cut so that later passes never recurse without bound.
void prepareDocument(ScoringDom &dom);

// Removes the blocks news sites put around and inside articles that are not the article: "Читайте
// также"/"Оқи отырыңыз" teasers with their lists, "Подпишитесь…"/Telegram/Google News prompts,
// "Нашли ошибку…", cookie notices, comment counters. Only short blocks that start with such a
// phrase are removed, so an article sentence that mentions them stays.
void removeBoilerplate(ScoringDom &dom, xmlNode *root);

// The image URL an <img> really shows: lazy-loading attributes (data-src, data-lazy-src,
// data-original, srcset…) win over a placeholder src. Not resolved against the page URL.
QString imageSource(const xmlNode *img);

} // namespace oqy::extract
