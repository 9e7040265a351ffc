#pragma once

#include "core/article.h"
#include "scoringdom.h"

#include <QList>

// Quotes an article sets apart (blockquote, "quote" boxes, WordPress pull quotes, tagDiv's
// td_quote_box, figure.quote) with who said them: a <cite>/<figcaption>/author element, a last line
// "— отметил аким", an inline «…», – сказал X, or a following paragraph «– сказал Президент.».
namespace oqy::extract {

// Collects the article's pull quotes and normalises their markup (a quote box becomes a
// <blockquote>, its author line a <cite>) so that the reader pane can set them apart.
QList<PullQuote> collectPullQuotes(ScoringDom &dom, xmlNode *article);

} // namespace oqy::extract
